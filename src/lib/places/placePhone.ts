/**
 * The phone numbers a place may give, and how a number typed into a spreadsheet becomes the one
 * form the site stores and dials.
 */

/**
 * A stored place phone: a Shanghai landline with its area code (`021-` and 8 digits, never starting
 * 0 or 1), a mainland mobile number (11 digits from 13 to 19), or a short hotline (3–6 digits, which
 * must also be listed in content/hotlines.json).
 */
export const placePhonePattern = /^(?:021-[2-9]\d{7}|1[3-9]\d{9}|\d{3,6})$/u;

/**
 * The stored form of a number as people write it, or undefined when it is no number the site can
 * dial: spaces, hyphens, brackets, full-width digits and a +86 or 0086 prefix are tidied away, and
 * a Shanghai landline without its area code gets 021.
 * @example normalisePlacePhone('(021) 6321 2345') // '021-63212345'
 * @example normalisePlacePhone('６３２１２３４５') // '021-63212345'
 * @example normalisePlacePhone('+86 138 1234 5678') // '13812345678'
 * @example normalisePlacePhone('+86 21 6321 2345') // '021-63212345'
 */
export function normalisePlacePhone(written: string): string | undefined {
  const tidied = written.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s\-‐–—－()（）]/gu, '');
  const digits = tidied.replace(/^(?:\+86|0086)/u, '');
  if (!/^\d+$/u.test(digits)) return undefined;
  if (/^021[2-9]\d{7}$/u.test(digits)) return `021-${digits.slice(3)}`;
  // The international form drops the area code's 0: +86 21 6321 2345.
  if (digits !== tidied && /^21[2-9]\d{7}$/u.test(digits)) return `021-${digits.slice(2)}`;
  if (/^[2-9]\d{7}$/u.test(digits)) return `021-${digits}`;
  if (/^1[3-9]\d{9}$/u.test(digits) || /^\d{3,6}$/u.test(digits)) return digits;
  return undefined;
}
