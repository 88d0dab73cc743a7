/** "Why the other services do not fit", one tap away under the results, each with its reasons. */
import { checkServiceByNumber, type CheckData } from '../../lib/eligibility/checkIslandData.ts';
import type { ServiceVerdict } from '../../lib/eligibility/evaluate.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';
import { ReasonText } from './ReasonText.tsx';

export function WhyNot({ data, notApplying, tr }: { data: CheckData; notApplying: ServiceVerdict[]; tr: Translator }) {
  const { t } = tr;
  return (
    <details class="why-not">
      <summary>{t('check.results.whyNot', { count: notApplying.length })}</summary>
      <ul class="result-list">
        {notApplying.map((verdict) => {
          const service = checkServiceByNumber(data, verdict.number);
          return (
            <li class="why-not__item">
              <a href={`${data.paths.services}${service.number}/`}>
                {t('check.serviceCode', { number: service.number })} {service.name}
              </a>
              {service.tellApart && <span class="tell-apart small">{service.tellApart}</span>}
              <ul class="reasons">
                {verdict.reasons.map((reason) => (
                  <li>
                    <ReasonText reason={reason} tr={tr} departments={service.departments.join(t('check.listJoin'))} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
