/**
 * The results: the services for this child by category, then those open to every migrant child,
 * each short (its name, one line why, its next step) with its departments, hotlines and every
 * reason folded inside it. Only services that may apply sit inside `[data-testid="check-results"]`,
 * each with `data-service` and `data-verdict` (the link contract).
 */
import { checkServiceByNumber, type CheckData, type CheckService } from '../../lib/eligibility/checkIslandData.ts';
import type { ServiceVerdict } from '../../lib/eligibility/evaluate.ts';
import { keyReason } from '../../lib/eligibility/keyReason.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';
import { CallLinks } from './HotlineBox.tsx';
import { BriefReason, ReasonText } from './ReasonText.tsx';

interface Props {
  data: CheckData;
  forChild: ServiceVerdict[];
  forAll: ServiceVerdict[];
  tr: Translator;
}

interface ResultProps {
  service: CheckService;
  verdict: ServiceVerdict;
  data: CheckData;
  tr: Translator;
  /** The service name's heading level: under a category heading it is one deeper. */
  level: 4 | 5;
}

/**
 * What to do next, in one line: the first cited place or way, else whom to ask. A service with
 * several departments names the first "and others" here; its details list them all.
 */
function nextStepLine({ next, departments }: CheckService, verdict: ServiceVerdict, { t }: Translator): string {
  if (next.first) return t('check.next.where', { where: next.first });
  if (next.notice) return t('check.next.notice', { department: next.notice });
  const whom = departments.length > 1 ? t('check.next.andOthers', { department: departments[0] ?? '' }) : departments.join(t('check.listJoin'));
  return t(`check.next.${verdict.verdict}`, { departments: whom });
}

function ServiceResult({ service, verdict, data, tr, level }: ResultProps) {
  const Heading = level === 4 ? 'h4' : 'h5';
  const { t } = tr;
  const departments = service.departments.join(t('check.listJoin'));
  const why = keyReason(verdict);
  return (
    <li class={`result result--${verdict.verdict}`} data-service={service.number} data-verdict={verdict.verdict}>
      <Heading class="result__name">
        <a href={`${data.paths.services}${service.number}/`}>
          <span class="result__number">{t('check.serviceCode', { number: service.number })}</span> {service.name}
        </a>
      </Heading>
      {service.tellApart && <p class="tell-apart small">{service.tellApart}</p>}
      {/* A service open to every child carries no verdict badge: its section's heading says "for all,
          some with conditions", and its one line says what to confirm, if anything. */}
      {verdict.openToAll ? (
        verdict.verdict === 'check' &&
        why && (
          <p class="verdict">
            <BriefReason reason={why} tr={tr} />
          </p>
        )
      ) : (
        <p class="verdict">
          <strong>{t(`check.verdict.${verdict.verdict}`)}</strong>
          {why && (
            <>
              {t('check.verdictJoin')}
              <BriefReason reason={why} tr={tr} />
            </>
          )}
        </p>
      )}
      {/* The next step is the fold's own line: one tap opens whom to ask and every reason. */}
      <details class="result__more">
        <summary class="next-step">{nextStepLine(service, verdict, tr)}</summary>
        {verdict.reasons.some((r) => r.kind !== 'openToAll') && (
          <ul class="reasons">
            {verdict.reasons
              .filter((r) => r.kind !== 'openToAll')
              .map((reason) => (
                <li>
                  <ReasonText reason={reason} tr={tr} departments={departments} />
                </li>
              ))}
          </ul>
        )}
        <p class="small">
          {t('check.departments')} {departments}
        </p>
        {service.hotlines.length > 0 && (
          <div class="result__hotlines">
            <p class="small">{t('check.serviceHotlines')}</p>
            <ul class="plain-list">
              {service.hotlines.map((line) => (
                <li>
                  {line.number ? `${line.number} ` : ''}
                  {line.name} <CallLinks line={line} tr={tr} />
                </li>
              ))}
            </ul>
          </div>
        )}
        <p>
          <a href={`${data.paths.services}${service.number}/#next-steps-title`}>{t('check.result.howTo')}</a>
        </p>
      </details>
    </li>
  );
}

export function Results({ data, forChild, forAll, tr }: Props) {
  const { t } = tr;
  const serviceOf = (number: number) => checkServiceByNumber(data, number);
  const item = (level: 4 | 5) => (verdict: ServiceVerdict) => (
    <ServiceResult service={serviceOf(verdict.number)} verdict={verdict} data={data} tr={tr} level={level} />
  );
  return (
    <div data-testid="check-results" class="results">
      <section aria-labelledby="results-child">
        <h3 id="results-child">{t('check.results.forChild', { count: forChild.length })}</h3>
        {forChild.length === 0 && <p>{t('check.results.noneForChild')}</p>}
        {data.categories.map((category) => {
          const inCategory = forChild.filter((v) => serviceOf(v.number).category === category.id);
          return (
            inCategory.length > 0 && (
              <div class="results__category">
                <h4 class="results__category-name">{category.name}</h4>
                <ul class="result-list">{inCategory.map(item(5))}</ul>
              </div>
            )
          );
        })}
      </section>
      <section aria-labelledby="results-all">
        <h3 id="results-all">{t('check.results.forAll', { count: forAll.length })}</h3>
        <ul class="result-list">{forAll.map(item(4))}</ul>
      </section>
    </div>
  );
}
