/**
 * The results screen's code (the evaluator, the results, the checklist, "coming up", why not) is
 * loaded apart from the questions, so that a cheap phone runs less before the first question works.
 * It starts loading as soon as it may be needed: once the first answer is given, or at once when a
 * link carries answers; by the sixth answer it has long arrived (and offline it is in the saved site).
 */
import { useEffect, useState } from 'preact/hooks';
import type { ResultsScreen } from './ResultsScreen.tsx';

export type ResultsState = { kind: 'loading' } | { kind: 'ready'; Screen: typeof ResultsScreen } | { kind: 'failed'; retry: () => void };

export function useResultsView(needed: boolean): ResultsState {
  const [state, setState] = useState<ResultsState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!needed || state.kind === 'ready') return;
    let current = true;
    import('./ResultsScreen.tsx').then(
      (module) => current && setState({ kind: 'ready', Screen: module.ResultsScreen }),
      () => current && setState({ kind: 'failed', retry: () => (setState({ kind: 'loading' }), setAttempt((n) => n + 1)) }),
    );
    return () => {
      current = false;
    };
    // Loads once it is needed, and again only when the person asks to retry.
  }, [needed, attempt]);
  return state;
}
