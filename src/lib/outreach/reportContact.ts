/**
 * Where "Report a mistake" tells people to write or call: an e-mail address and a phone number the
 * site's operators set at build time (REPORT_EMAIL, REPORT_PHONE), as SITE_URL is set. Either, both
 * or neither: a contact that is not set is not shown, and the fold still says what to write and
 * that 12345 answers for the plan's official content. A malformed value fails the build, naming the
 * variable, rather than giving families an address that bounces or a number that rings nowhere.
 */
import { normalisePlacePhone } from '../places/placePhone.ts';

export interface ReportContact {
  /** The address mistakes are e-mailed to. Default none. */
  email?: string;
  /** The number to call, as dialled: a Shanghai landline `021-12345678` or a mobile number `13812345678`. Default none. */
  phone?: string;
}

/** The variables, as the build's environment has them; empty counts as unset. */
export interface ReportContactSettings {
  REPORT_EMAIL?: string | undefined;
  REPORT_PHONE?: string | undefined;
}

// One address, nothing a mailto: link or a mail program could read as a second one or a header:
// no spaces, commas, semicolons, angle brackets, quotes or `?`; a domain with a dot in it.
const emailPattern = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/u;

function emailFrom(value: string): string {
  if (!emailPattern.test(value)) {
    throw new Error(
      `REPORT_EMAIL is "${value}", which is not one e-mail address: write one address, such as REPORT_EMAIL=mistakes@example.org, or leave it unset.`,
    );
  }
  return value;
}

function phoneFrom(value: string): string {
  const phone = normalisePlacePhone(value);
  // Short numbers (3–6 digits) are hotlines, not an operator's line; a typo in a long one would look like one.
  if (!phone || /^\d{3,6}$/u.test(phone)) {
    throw new Error(
      `REPORT_PHONE is "${value}", which is not a number the site can dial: write a Shanghai landline (021-12345678) or a mobile number (13812345678), or leave it unset.`,
    );
  }
  return phone;
}

/**
 * The contact from the build's settings; throws, naming the variable, when one is malformed.
 * @example parseReportContact({ REPORT_EMAIL: 'mistakes@example.org' }) // { email: 'mistakes@example.org' }
 * @example parseReportContact({ REPORT_PHONE: '(021) 6321 2345' }) // { phone: '021-63212345' }
 */
export function parseReportContact(settings: ReportContactSettings): ReportContact {
  const email = settings.REPORT_EMAIL?.trim();
  const phone = settings.REPORT_PHONE?.trim();
  return {
    ...(email ? { email: emailFrom(email) } : {}),
    ...(phone ? { phone: phoneFrom(phone) } : {}),
  };
}
