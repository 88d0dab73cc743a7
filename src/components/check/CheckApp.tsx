/**
 * "What can my child get?": one question a screen, an answers summary with change links, then the
 * results with reasons. Answers stay in this page's memory; only while results are shown are they
 * in the URL fragment, so that a result can be bookmarked or sent on purpose. Nothing is ever sent
 * to a server or stored by the site.
 */
import { addressWith } from '../../lib/currentAddress.ts';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { questionIds, type Answers, type QuestionId } from '../../lib/eligibility/answers.ts';
import type { CheckData } from '../../lib/eligibility/checkIslandData.ts';
import { freshStart, previousQuestion, stepAfterAnswer, stepFromLink, type CheckStep, type CheckView } from '../../lib/eligibility/checkNavigation.ts';
import { isComplete, parseFragment, speaksToQuestionnaire, toFragment, type FragmentProblem, type ParsedFragment } from '../../lib/eligibility/fragment.ts';
import { HotlineBox } from './HotlineBox.tsx';
import { QuestionForm } from './QuestionForm.tsx';
import { useResultsView } from './useResultsView.ts';
import type { Strings } from '../../lib/strings/translate.ts';
import { translatorFor, type Translator } from '../../lib/strings/translatorFor.ts';

interface Props {
  data: CheckData;
  strings: Strings;
  /** The id of the no-JavaScript checklist this island replaces. */
  replaces: string;
}

interface State {
  answers: Partial<Answers>;
  view: CheckView;
  /** What a link that was opened got wrong, in words. */
  notices: string[];
  /** Move focus to the new screen: after the person acts, not on arrival. */
  moveFocus: boolean;
}

function describeProblems(problems: FragmentProblem[], { t }: Translator): string[] {
  const name = (question: QuestionId) => t(`check.q.${question}.short`);
  const messages = problems.flatMap((p) => (p.kind === 'invalid' || p.kind === 'repeated' ? [t(`check.link.${p.kind}`, { question: name(p.question) })] : []));
  const missing = problems.flatMap((p) => (p.kind === 'missing' ? [name(p.question)] : []));
  if (missing.length > 0) messages.push(t('check.link.missing', { questions: missing.join(t('check.listJoin')) }));
  // How many parts were ignored, never their words: the site says only what it wrote itself.
  for (const p of problems) if (p.kind === 'unknownKeys') messages.push(t('check.link.unknownKeys', { count: p.count }));
  return messages;
}

/** Where the page starts (see stepFromLink), with what the link got wrong in words. */
function startFrom(parsed: ParsedFragment, tr: Translator): State {
  const { answers, view, resumed } = stepFromLink(parsed);
  if (!speaksToQuestionnaire(parsed)) return { answers, view, notices: [], moveFocus: false };
  const notices = describeProblems(parsed.problems, tr);
  if (resumed) notices.push(tr.t('check.link.resume'));
  return { answers, view, notices, moveFocus: resumed };
}

/** The address without the fragment, so that answers leave the address bar. */
function clearFragment() {
  if (location.hash !== '') history.replaceState(null, '', addressWith(location.href, { hash: '' }));
}

export default function CheckApp({ data, strings, replaces }: Props) {
  const tr = useMemo(() => translatorFor(strings), [strings]);
  const { t } = tr;
  const [state, setState] = useState(() => startFrom(parseFragment(location.hash), tr));
  const { answers, view, notices, moveFocus } = state;
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const results = useResultsView(view.kind === 'results' || Object.keys(answers).length > 0);

  useEffect(() => {
    document.getElementById(replaces)?.setAttribute('hidden', '');
    // A link with answers pasted into the address bar of an open page starts over from it;
    // any other fragment (the skip link's #main) leaves the answers alone.
    const onHashChange = () => {
      const parsed = parseFragment(location.hash);
      if (speaksToQuestionnaire(parsed)) setState(startFrom(parsed, tr));
    };
    addEventListener('hashchange', onHashChange);
    return () => removeEventListener('hashchange', onHashChange);
    // Once, on mount: `replaces` and `tr` come from the page and never change in the island's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Only the results put the answers in the address, replacing the entry rather than adding one.
  useEffect(() => {
    if (view.kind === 'results' && isComplete(answers)) history.replaceState(null, '', `#${toFragment(answers)}`);
    else clearFragment();
    if (view.kind === 'results' && moveFocus) resultsHeading.current?.focus();
    // Focus moves only when a step arrives (or the results' code, if it came later); a change of
    // moveFocus alone is no new screen to announce.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view, answers, results.kind]);

  const go = (step: CheckStep) => setState({ ...step, notices: [], moveFocus: true });
  const goTo = (view: CheckView) => go({ answers, view });
  const startAgain = () => go(freshStart);
  const backTo = (previous: CheckView | undefined) => (previous ? () => goTo(previous) : undefined);

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
          key={`${view.question}-${JSON.stringify(answers)}`}
          question={view.question}
          answers={answers}
          position={questionIds.indexOf(view.question) + 1}
          total={questionIds.length}
          tr={tr}
          notices={notices}
          moveFocus={moveFocus}
          onAnswer={(next) => go(stepAfterAnswer(next, view.question, view.returnToResults))}
          onBack={backTo(previousQuestion(view.question, view.returnToResults))}
          onClear={Object.keys(answers).length > 0 ? startAgain : undefined}
        />
      ) : results.kind === 'ready' && isComplete(answers) ? (
        <results.Screen
          data={data}
          answers={answers}
          fragment={`#${toFragment(answers)}`}
          notices={notices}
          tr={tr}
          heading={resultsHeading}
          onChange={(question) => goTo({ kind: 'question', question, returnToResults: true })}
          onStartAgain={startAgain}
        />
      ) : results.kind === 'failed' ? (
        <div class="notice" role="alert">
          <p>{t('check.resultsFailed')}</p>
          <button type="button" class="button" onClick={results.retry}>
            {t('check.retry')}
          </button>
        </div>
      ) : (
        <p role="status">{t('check.resultsLoading')}</p>
      )}
      {view.kind === 'question' && <HotlineBox data={data} tr={tr} />}
    </div>
  );
}
