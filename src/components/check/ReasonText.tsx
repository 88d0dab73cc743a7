/** One reason in words: what the official text says, and how the answers meet it or not. */
import type { Citation } from '../../lib/content/schemas.ts';
import type { Reason } from '../../lib/eligibility/evaluate.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';

interface Props {
  reason: Reason;
  tr: Translator;
  /** The department names to confirm with, already joined. */
  departments: string;
}

/** "The target group says “0-6岁”": the quoted words stay Chinese, marked as such for screen readers. */
function Cites({ cites, tr }: { cites: Citation[]; tr: Translator }) {
  return (
    <>
      {cites.map((cite, i) => (
        <>
          {i > 0 && tr.t('check.citeJoin')}
          {tr.parts(`check.cite.${cite.source}`, {
            words: <q lang="zh-CN">{cite.words}</q>,
            number: cite.measure ?? '',
          })}
        </>
      ))}
    </>
  );
}

export function ReasonText({ reason, tr, departments }: Props) {
  const { t, parts } = tr;
  switch (reason.kind) {
    case 'openToAll':
      return <>{t('check.reason.openToAll')}</>;
    case 'scope':
      return <>{t(`check.reason.scope.${reason.why}`, { departments })}</>;
    case 'insurance':
      return <>{t(`check.reason.insurance.${reason.insurance}`)}</>;
    case 'qualifier':
      return <>{parts(`check.reason.qualifier.${reason.met ? 'met' : 'open'}`, { cite: <Cites cites={reason.cites} tr={tr} />, departments })}</>;
    case 'age':
      return <>{parts(`check.reason.age.${reason.met ? 'met' : 'notMet'}`, { cite: <Cites cites={reason.cites} tr={tr} />, age: reason.age })}</>;
    case 'stage':
      return (
        <>
          {parts(`check.reason.stage.${reason.met ? 'met' : 'notMet'}`, {
            cite: <Cites cites={reason.cites} tr={tr} />,
            stage: t(`check.stage.${reason.stage}`),
            stages: reason.stages.map((stage) => t(`check.stage.${stage}`)).join(t('check.listJoin')),
          })}
        </>
      );
    case 'needs':
      return (
        <>
          {parts(`check.reason.needs.${reason.met ? 'met' : 'notMet'}`, {
            cite: <Cites cites={reason.cites} tr={tr} />,
            needs: reason.matched.map((need) => t(`check.needs.${need}`)).join(t('check.listJoin')),
          })}
        </>
      );
  }
}

/**
 * The same reason in a few words, for the one line a short result gives it ("3-6岁，孩子4岁"); the
 * full sentence with the quoted words stays in the result's details.
 */
export function BriefReason({ reason, tr }: { reason: Reason; tr: Translator }) {
  const { t } = tr;
  switch (reason.kind) {
    case 'openToAll':
      return null;
    case 'scope':
      return <>{t(`check.brief.scope.${reason.why}`)}</>;
    case 'insurance':
      return <>{t(`check.brief.insurance.${reason.insurance}`)}</>;
    case 'qualifier':
      return <>{t(`check.brief.qualifier.${reason.met ? 'met' : 'open'}`)}</>;
    case 'age':
      return <>{t('check.brief.age', { min: reason.min, max: reason.max, age: reason.age })}</>;
    case 'stage':
      return <>{t(`check.brief.stage.${reason.toConfirm ? 'toConfirm' : 'met'}`, { stage: t(`check.stage.${reason.stage}`) })}</>;
    case 'needs':
      return <>{t('check.brief.needs', { needs: reason.matched.map((need) => t(`check.needs.${need}`)).join(t('check.listJoin')) })}</>;
  }
}
