/**
 * The results: the services open to all, the services for this child by category, "why not" for
 * the rest one tap away, and the hotlines. Only services that may apply sit inside
 * `[data-testid="check-results"]`, each with `data-service` and `data-verdict` (the link contract).
 */
import { checkServiceByNumber, type CheckData, type CheckService } from '../../lib/eligibility/checkIslandData.ts';
import { CallLinks, HotlineBox } from './HotlineBox.tsx';
import type { ServiceVerdict } from '../../lib/eligibility/evaluate.ts';
import { ReasonText } from './ReasonText.tsx';
import { ResultsQr } from './ResultsQr.tsx';
import { ListenToResults } from '../outreach/ListenToResults.tsx';
import { ShareResults } from '../outreach/ShareResults.tsx';
import type { Translator } from '../../lib/strings/translatorFor.ts';

interface Props {
  data: CheckData;
  verdicts: ServiceVerdict[];
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

function ServiceResult({ service, verdict, data, tr, level }: ResultProps) {
  const Heading = level === 4 ? 'h4' : 'h5';
  const { t } = tr;
  const departments = service.departments.join(t('check.listJoin'));
  return (
    <li class={`result result--${verdict.verdict}`} data-service={service.number} data-verdict={verdict.verdict}>
      <Heading class="result__name">
        <a href={`${data.paths.services}${service.number}/`}>
          <span class="result__number">{t('check.serviceCode', { number: service.number })}</span> {service.name}
        </a>
      </Heading>
      <p class="verdict">
        <strong>{t(`check.verdict.${verdict.verdict}`)}</strong>
        {verdict.of > 0 && <> · {t('check.metCount', { met: verdict.met, of: verdict.of })}</>}
      </p>
      <ul class="reasons">
        {verdict.reasons.map((reason) => (
          <li>
            <ReasonText reason={reason} tr={tr} departments={departments} />
          </li>
        ))}
      </ul>
      <p class="small">
        {t('check.departments')} {departments}
      </p>
      <p class="next-step">{t(`check.next.${verdict.verdict}`, { departments })}</p>
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
    </li>
  );
}

export function Results({ data, verdicts, tr }: Props) {
  const { t } = tr;
  const serviceOf = (number: number) => checkServiceByNumber(data, number);
  const applying = verdicts.filter((v) => v.verdict !== 'no');
  const forAll = applying.filter((v) => v.openToAll);
  const forThisChild = applying.filter((v) => !v.openToAll);
  const notApplying = verdicts.filter((v) => v.verdict === 'no');
  const item = (level: 4 | 5) => (verdict: ServiceVerdict) => (
    <ServiceResult service={serviceOf(verdict.number)} verdict={verdict} data={data} tr={tr} level={level} />
  );

  return (
    <>
      <ListenToResults data={data} forChild={forThisChild} forAll={forAll} tr={tr} />
      <div data-testid="check-results" class="results">
        <section aria-labelledby="results-child">
          <h3 id="results-child">{t('check.results.forChild', { count: forThisChild.length })}</h3>
          {forThisChild.length === 0 && <p>{t('check.results.noneForChild')}</p>}
          {data.categories.map((category) => {
            const inCategory = forThisChild.filter((v) => serviceOf(v.number).category === category.id);
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
          <p>{t('check.results.forAllIntro')}</p>
          <ul class="result-list">{forAll.map(item(4))}</ul>
        </section>
      </div>
      <ShareResults tr={tr} />
      <ResultsQr tr={tr} />
      <HotlineBox data={data} tr={tr} />
      <details class="why-not">
        <summary>{t('check.results.whyNot', { count: notApplying.length })}</summary>
        <ul class="result-list">
          {notApplying.map((verdict) => {
            const service = serviceOf(verdict.number);
            return (
              <li class="why-not__item">
                <a href={`${data.paths.services}${service.number}/`}>
                  {t('check.serviceCode', { number: service.number })} {service.name}
                </a>
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
    </>
  );
}
