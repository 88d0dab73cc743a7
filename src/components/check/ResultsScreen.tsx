/** The results screen with its verdicts worked out: the part of the questionnaire loaded on demand. */
import { useMemo } from 'preact/hooks';
import type { Answers } from '../../lib/eligibility/answers.ts';
import { evaluateEligibility } from '../../lib/eligibility/evaluate.ts';
import { ResultsView, type ResultsViewProps } from './ResultsView.tsx';

export function ResultsScreen(props: Omit<ResultsViewProps, 'verdicts'> & { answers: Answers }) {
  const { data, answers } = props;
  const verdicts = useMemo(
    () =>
      evaluateEligibility(
        data.services.map((s) => ({ number: s.number, conditions: s.conditions })),
        answers,
      ),
    [answers, data.services],
  );
  return <ResultsView {...props} verdicts={verdicts} />;
}
