/** The plan's hotlines with tap-to-call, kept in view on every screen of the questionnaire. */
import { telHref, withShanghaiAreaCode } from '../../lib/dialling.ts';
import type { CheckData, CheckHotline } from '../../lib/eligibility/checkIslandData.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';

export function CallLinks({ line, tr }: { line: CheckHotline; tr: Translator }) {
  if (!line.number) return null;
  return (
    <span class="call__buttons">
      <a class="call-button" href={telHref(line.number)}>
        {tr.t('check.call', { number: line.number })}
      </a>
      {line.offerShanghaiAreaCode && (
        <a class="call-button call-button--secondary" href={telHref(withShanghaiAreaCode(line.number))}>
          {tr.t('check.call', { number: withShanghaiAreaCode(line.number) })}
        </a>
      )}
    </span>
  );
}

export function HotlineBox({ data, tr }: { data: CheckData; tr: Translator }) {
  const { t } = tr;
  return (
    <section class="results__hotlines" aria-labelledby="check-hotlines">
      <h2 id="check-hotlines" class="small-heading">
        {t('check.results.hotlines')}
      </h2>
      <ul class="plain-list">
        {data.hotlines.map((line) => (
          <li>
            <p class="hotline-strip__name">
              {line.number} {line.name}
            </p>
            <CallLinks line={line} tr={tr} />
          </li>
        ))}
      </ul>
      <p class="small">{t('check.areaCodeTip')}</p>
      <p>
        <a href={data.paths.hotlines}>{t('check.results.allHotlines')}</a>
      </p>
    </section>
  );
}
