/**
 * "Report a mistake" under the results, as on a service page (ReportMistake.astro): what to write,
 * where to send it when the operators set a contact, and 12345 for the plan's official content.
 * The box to write in, "include my answers" and the message are the service page's own
 * (src/components/outreach/reportTools.ts, through mountResultsReportTools.ts), fetched when the
 * fold is first opened, as their own chunk: /check/'s first load has no room for them. Should
 * that fail (offline before the site was saved), the fold still says what to write and whom to call.
 */
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { telHref } from '../../lib/dialling.ts';
import type { CheckData } from '../../lib/eligibility/checkIslandData.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';
import { resultsAddress } from '../outreach/resultsAddress.ts';
import { CallLinks } from './HotlineBox.tsx';

interface Props {
  data: CheckData;
  /** The answers as the link contract writes them, from the answers in memory. */
  fragment: string;
  tr: Translator;
}

export function ResultsReport({ data, fragment, tr }: Props) {
  const { t, parts } = tr;
  const tools = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);
  const { email, phone, cityHotline } = data.report;

  // The results are left for a question screen before any answer changes, so the link made here
  // is the answers' for as long as this fold exists.
  async function mountTools(event: JSX.TargetedEvent<HTMLDetailsElement>) {
    const container = tools.current;
    if (!event.currentTarget.open || mounted.current || !container) return;
    mounted.current = true;
    try {
      const { mountResultsReportTools } = await import('./mountResultsReportTools.ts');
      mountResultsReportTools(container, tr, { email, address: resultsAddress(), answersLink: resultsAddress(fragment) });
    } catch {
      // The words around it still say what to write and whom to call; opening the fold again retries.
      mounted.current = false;
    }
  }

  return (
    <details class="report" onToggle={(event) => void mountTools(event)}>
      <summary>{t('report.title')}</summary>
      <p>{t('report.results.intro')}</p>
      <ul>
        <li>{t('report.results.whichService')}</li>
        <li>
          <label for="results-report-text">{t('report.seen')}</label>
        </li>
      </ul>
      {/* Filled by reportTools.ts, never by Preact. */}
      <div class="report__tools" ref={tools} />
      {email && (
        <p>
          {parts('report.email', {
            email: (
              <a href={`mailto:${email}`} translate={false}>
                {email}
              </a>
            ),
          })}
        </p>
      )}
      {phone && (
        <p>
          {parts('report.phone', {
            number: (
              <a href={telHref(phone)} translate={false}>
                {phone}
              </a>
            ),
          })}
        </p>
      )}
      <p>{t('report.official', { name: cityHotline.name })}</p>
      <CallLinks line={cityHotline} tr={tr} />
    </details>
  );
}
