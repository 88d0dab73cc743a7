/**
 * The results' "Report a mistake" tools (src/components/outreach/reportTools.ts) with the
 * questionnaire's words: fetched with them when the fold is first opened (ResultsReport.tsx), so
 * /check/'s first load carries neither.
 */
import type { Translator } from '../../lib/strings/translatorFor.ts';
import { mountReportTools } from '../outreach/reportTools.ts';

interface ResultsReported {
  /** The operators' address, if they set one. */
  email: string | undefined;
  /** The questionnaire's address, without answers. */
  address: string;
  /** The address that opens these results, made from the answers in memory. */
  answersLink: string;
}

export function mountResultsReportTools(container: HTMLElement, { t }: Translator, { email, address, answersLink }: ResultsReported): void {
  mountReportTools(container, {
    // t() fills what the page knows and leaves {{seen}} for what the person writes.
    template: t('report.results.message', { page: t('check.title'), address }),
    textId: 'results-report-text',
    email,
    strings: {
      copy: t('report.copy'),
      copied: t('outreach.share.copied'),
      failed: t('outreach.share.copyFailed'),
      message: t('outreach.share.manualLabel'),
      send: t('report.sendEmail'),
    },
    answers: { template: t('report.results.answersLine'), link: answersLink, label: t('report.results.answers'), hint: t('report.results.answersHint') },
  });
}
