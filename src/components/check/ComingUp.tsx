/**
 * "Coming up": what the child grows into, when, and where to read how to prepare. Outside the
 * results (`[data-testid="check-results"]`): these are not results today. Each entry has
 * `data-service`.
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
  return (
    <section class="coming-up" data-testid="coming-up" aria-labelledby="coming-up-title">
      <h3 id="coming-up-title">{t('check.comingUp.title')}</h3>
      <p class="small">{t('check.comingUp.intro')}</p>
      {groups.map((group) => (
        <div class="coming-up__group">
          <h4 class="coming-up__when">{opensText(group.opens, tr)}</h4>
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
    </section>
  );
}
