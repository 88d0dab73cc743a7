/**
 * What "Report a mistake" needs on a service page, made at build time: the page's public address,
 * the message with all but what the person writes filled in (for the page's script), the contact
 * the operators set (if any), the e-mail link as it is before anything is written (so that it
 * works without JavaScript too), and 12345 for the plan's official content.
 */
import { useTranslations } from '../i18n/translate.ts';
import { hotlineById } from '../lib/content/relations.ts';
import { mailtoHref, mistakeReport, pageReportTemplate } from '../lib/outreach/mistakeReport.ts';
import { localisedPath, type Language } from '../lib/paths.ts';
import { publicUrl } from './publicUrl.ts';
import { reportContact } from './reportContact.ts';
import { getSiteContent } from './siteContent.ts';

interface ReportedPage {
  /** The page's language-neutral path: `/services/34/`. */
  path: string;
  /** What the page is, as the message names it: `第34项 心理健康服务`. */
  page: string;
  service: number;
}

export async function reportView(lang: Language, site: URL | undefined, { path, page, service }: ReportedPage) {
  const content = await getSiteContent();
  const address = publicUrl(site, localisedPath(lang, path));
  const template = pageReportTemplate(useTranslations(lang)('report.service.message'), { page, address, service });
  const { email, phone } = reportContact;
  return {
    address,
    service,
    template,
    email,
    phone,
    mailto: email ? mailtoHref(email, mistakeReport(template, '')) : undefined,
    cityHotline: hotlineById(content, '12345'),
  };
}

export type ReportView = Awaited<ReturnType<typeof reportView>>;
