/**
 * "What can my child get?": one question a screen, an answers summary with change links, then the
 * results with reasons. Answers stay in this page's memory; only when results are shown are they
 * written to the URL fragment, so that a result can be bookmarked or sent on purpose. Nothing is
 * ever sent to a server or stored.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { questionIds, type Answers, type QuestionId } from '../../lib/eligibility/answers.ts';
import type { CheckData } from '../../lib/eligibility/checkData.ts';
import { evaluateEligibility } from '../../lib/eligibility/evaluate.ts';
import { isComplete, parseFragment, toFragment, type FragmentProblem } from '../../lib/eligibility/fragment.ts';
import { AnswersSummary } from './AnswersSummary.tsx';
import { QuestionForm } from './QuestionForm.tsx';
import { Results } from './Results.tsx';
import { makeTranslate, type Strings, type Translate } from './strings.ts';

interface Props {
  data: CheckData;
  strings: Strings;
  /** The id of the no-JavaScript checklist this island replaces. */
  replaces: string;
}

type View = { kind: 'question'; question: QuestionId; returnToResults: boolean } | { kind: 'results' };

function describeProblems(problems: FragmentProblem[], tr: Translate): string[] {
  const unknown = problems.flatMap((p) => (p.kind === 'unknownKey' ? [p.key] : []));
  const messages = problems.flatMap((p) =>
    p.kind === 'invalid' || p.kind === 'repeated'
      ? [tr.t(`check.link.${p.kind}`, { question: tr.t(`check.q.${p.question}.short`) })]
      : [],
  );
  if (unknown.length > 0) messages.push(tr.t('check.link.unknownKeys', { keys: unknown.join(', ') }));
  return messages;
}

/** Where the page starts: results for a complete link, else the first question that needs an answer. */
function startFrom(hash: string, tr: Translate): { answers: Partial<Answers>; view: View; notices: string[] } {
  if (hash.replace(/^#/u, '') === '') {
    return { answers: {}, view: { kind: 'question', question: 'age', returnToResults: false }, notices: [] };
  }
  const parsed = parseFragment(hash);
  const notices = describeProblems(parsed.problems, tr);
  if (parsed.resumeAt === undefined && isComplete(parsed.answers)) {
    return { answers: parsed.answers, view: { kind: 'results' }, notices };
  }
  if (parsed.problems.some((p) => p.kind !== 'missing')) notices.push(tr.t('check.link.resume'));
  // Answers the link got right are kept: after the ones it lacks, the results follow.
  return { answers: parsed.answers, view: { kind: 'question', question: parsed.resumeAt ?? 'age', returnToResults: true }, notices };
}

/** The address without the fragment, so that answers leave the address bar. */
function clearFragment() {
  history.replaceState(null, '', location.pathname + location.search);
}

export default function CheckApp({ data, strings, replaces }: Props) {
  const tr = useMemo(() => makeTranslate(strings), [strings]);
  const { t } = tr;
  const [state, setState] = useState(() => startFrom(location.hash, tr));
  const { answers, view, notices } = state;

  useEffect(() => {
    document.getElementById(replaces)?.setAttribute('hidden', '');
    const onHashChange = () => setState(startFrom(location.hash, tr));
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
  }, []);

  // Results, and only results, put the answers in the address (replacing, not adding, a history entry).
  useEffect(() => {
    if (view.kind === 'results' && isComplete(answers)) history.replaceState(null, '', `#${toFragment(answers)}`);
  }, [view, answers]);

  const verdicts = useMemo(
    () =>
      isComplete(answers)
        ? evaluateEligibility(
            data.services.map((s) => ({ number: s.number, conditions: s.conditions })),
            answers,
          )
        : [],
    [answers],
  );

  const go = (next: View, nextAnswers: Partial<Answers> = answers) =>
    setState({ answers: nextAnswers, view: next, notices: [] });

  function answered(next: Partial<Answers>, current: QuestionId, returnToResults: boolean) {
    // A changed age can make the months answer impossible: ask it again rather than keep it.
    const fixed = { ...next };
    if (fixed.months !== undefined && fixed.age !== undefined && fixed.months > fixed.age * 12 + 11) delete fixed.months;
    const missing = questionIds.find((q) => fixed[q] === undefined);
    if (missing === undefined && (returnToResults || current === 'needs')) return go({ kind: 'results' }, fixed);
    if (returnToResults) return go({ kind: 'question', question: missing!, returnToResults }, fixed);
    const following = questionIds[questionIds.indexOf(current) + 1] ?? missing!;
    return go({ kind: 'question', question: following, returnToResults: false }, fixed);
  }

  function startAgain() {
    clearFragment();
    go({ kind: 'question', question: 'age', returnToResults: false }, {});
  }

  function quickExit() {
    clearFragment();
    location.replace(data.paths.exit);
  }

  return (
    <div class="check-app">
      <div class="check-app__bar">
        <button type="button" class="button button--exit" onClick={quickExit}>
          {t('check.quickExit')}
        </button>
      </div>
      {view.kind === 'question' ? (
        <QuestionForm
          key={view.question}
          question={view.question}
          answers={answers}
          position={questionIds.indexOf(view.question) + 1}
          total={questionIds.length}
          tr={tr}
          notices={notices}
          onAnswer={(next) => answered(next, view.question, view.returnToResults)}
          onBack={
            view.question === 'age'
              ? undefined
              : () => go({ kind: 'question', question: questionIds[questionIds.indexOf(view.question) - 1]!, returnToResults: false })
          }
        />
      ) : (
        <div class="check-results-view">
          <h2 tabIndex={-1} ref={(heading) => heading?.focus()}>
            {t('check.results.title')}
          </h2>
          {notices.length > 0 && (
            <div class="notice" role="status">
              {notices.map((notice) => (
                <p>{notice}</p>
              ))}
            </div>
          )}
          <p>{t('check.results.intro')}</p>
          <AnswersSummary
            answers={answers as Answers}
            tr={tr}
            onChange={(question) => go({ kind: 'question', question, returnToResults: true })}
          />
          <div class="check-actions">
            <button type="button" class="button button--secondary" onClick={() => print()}>
              {t('check.print')}
            </button>
            <button type="button" class="button button--secondary" onClick={startAgain}>
              {t('check.startAgain')}
            </button>
            <button type="button" class="button button--secondary" onClick={startAgain}>
              {t('check.clear')}
            </button>
          </div>
          <p class="small">{t('check.historyNote')}</p>
          <Results data={data} verdicts={verdicts} tr={tr} />
        </div>
      )}
    </div>
  );
}
