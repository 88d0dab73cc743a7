/** One reason in words: what the official text says, and how the answers meet it or not. */
import type { CitedWords } from '../../lib/content/schemas.ts';
import type { Need } from '../../lib/eligibility/answers.ts';
import type { Reason } from '../../lib/eligibility/evaluate.ts';
import { firstStage } from '../../lib/eligibility/stageTiming.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';

interface Props {
  reason: Reason;
  tr: Translator;
  /** The department names to confirm with, already joined. */
  departments: string;
}

/** "The target group reads “aged 0–6”": the quoted words in the page's language, as its own version of the plan reads them. */
function Cites({ cites, tr }: { cites: CitedWords[]; tr: Translator }) {
  return (
    <>
      {cites.map((cite, i) => (
        <>
          {i > 0 && tr.t('check.citeJoin')}
          {tr.parts(`check.cite.${cite.source}`, {
            words: <q>{cite.words}</q>,
            number: cite.measure ?? '',
          })}
        </>
      ))}
    </>
  );
}

const needList = (needs: readonly Need[], { t }: Translator): string => needs.map((need) => t(`check.needs.${need}`)).join(t('check.listJoin'));

export function ReasonText({ reason, tr, departments }: Props) {
  const { t, parts } = tr;
  switch (reason.kind) {
    case 'openToAll':
      return <>{t('check.reason.openToAll')}</>;
    case 'scope':
      return <>{t(`check.reason.scope.${reason.why}`, { departments })}</>;
    case 'insurance':
      return <>{t(`check.reason.insurance.${reason.insurance}`)}</>;
    case 'qualifier': {
      const which = reason.met ? 'met' : reason.mentioned.length > 0 ? 'mentioned' : 'open';
      return (
        <>{parts(`check.reason.qualifier.${which}`, { cite: <Cites cites={reason.cites} tr={tr} />, departments, needs: needList(reason.mentioned, tr) })}</>
      );
    }
    case 'age': {
      const which = reason.met ? 'met' : reason.later ? 'later' : 'notMet';
      return <>{parts(`check.reason.age.${which}`, { cite: <Cites cites={reason.cites} tr={tr} />, age: reason.age, min: reason.min })}</>;
    }
    case 'stage': {
      const which = reason.toConfirm ? 'toConfirm' : reason.met ? 'met' : reason.later ? 'later' : 'notMet';
      return (
        <>
          {parts(`check.reason.stage.${which}`, {
            cite: <Cites cites={reason.cites} tr={tr} />,
            now: t(`check.stageNow.${reason.stage}`),
            stages: reason.stages.map((stage) => t(`check.stageName.${stage}`)).join(t('check.listJoin')),
            when: t(`check.when.${firstStage(reason.stages) ?? 'primary'}`),
            departments,
          })}
        </>
      );
    }
    case 'needs':
      return (
        <>
          {parts(`check.reason.needs.${reason.met ? 'met' : 'notMet'}`, {
            cite: <Cites cites={reason.cites} tr={tr} />,
            needs: needList(reason.matched, tr),
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
      return <>{t(`check.brief.stage.${reason.toConfirm ? 'toConfirm' : 'met'}`, { now: t(`check.stageNow.${reason.stage}`) })}</>;
    case 'needs':
      return <>{t('check.brief.needs', { needs: needList(reason.matched, tr) })}</>;
  }
}
