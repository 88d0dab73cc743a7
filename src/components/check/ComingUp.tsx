/**
 * "Coming up": what the child grows into, when, and where to read how to prepare, folded under one
 * line. Outside the results (`[data-testid="check-results"]`): these are not results today. Each
 * entry has `data-service`.
 */
import { checkServiceByNumber, type CheckData } from '../../lib/eligibility/checkIslandData.ts';
import { comingUpGroups, type Opens } from '../../lib/eligibility/comingUp.ts';
import type { ServiceVerdict } from '../../lib/eligibility/evaluate.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';

const opensText = (opens: Opens, { t }: Translator): string =>
  opens.kind === 'age' ? t('check.comingUp.age', { age: opens.age }) : t(`check.comingUp.stage.${opens.stage}`);

export function ComingUp({ data, verdicts, tr }: { data: CheckData; verdicts: ServiceVerdict[]; tr: Translator }) {
  const groups = comingUpGroups(verdicts);
  if (groups.length === 0) return null;
  const { t } = tr;
  const count = groups.reduce((sum, group) => sum + group.services.length, 0);
  // Folded under one line that says what is inside and how many: what to do now comes first.
  return (
    <details class="coming-up" data-testid="coming-up">
      <summary>{t('check.comingUp.title', { count })}</summary>
      <p class="small">{t('check.comingUp.intro')}</p>
      {groups.map((group) => (
        <div class="coming-up__group">
          <h3 class="coming-up__when">{opensText(group.opens, tr)}</h3>
          <ul class="plain-list coming-up__list">
            {group.services.map((number) => {
              const service = checkServiceByNumber(data, number);
              return (
                <li data-service={number}>
                  <span class="result__number">{t('check.serviceCode', { number })}</span> {service.name}
                  {service.tellApart && <span class="small tell-apart">{service.tellApart}</span>}{' '}
                  <a href={`${data.paths.services}${number}/#next-steps-title`}>{t('check.comingUp.prepare')}</a>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </details>
  );
}
