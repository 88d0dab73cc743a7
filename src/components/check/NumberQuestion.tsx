/** A question answered with a whole number: the child's age in years, or the months beyond it. */
import { useState } from 'preact/hooks';
import { MAX_AGE, maxMonthsForAge } from '../../lib/eligibility/answers.ts';
import { readTypedAge, readTypedMonths } from '../../lib/eligibility/typedAnswer.ts';
import { fieldIds, QuestionFrame, type QuestionProps } from './QuestionFrame.tsx';

export function NumberQuestion(props: QuestionProps & { question: 'age' | 'months' }) {
  const { question, answers, tr, onAnswer } = props;
  const [text, setText] = useState(String(answers[question] ?? ''));
  const [error, setError] = useState<string | undefined>();
  const { fieldId, describedBy } = fieldIds(question, error);

  function submit() {
    const value = question === 'age' ? readTypedAge(text) : readTypedMonths(text);
    const max = question === 'age' ? MAX_AGE : maxMonthsForAge(answers.age ?? MAX_AGE);
    if (value === undefined || value > max) return setError(tr.t(`check.q.${question}.error`, { max }));
    return onAnswer({ ...answers, [question]: value });
  }

  return (
    <QuestionFrame {...props} error={error} onSubmit={submit}>
      <p>
        <label for={fieldId}>{tr.t(`check.q.${question}.label`)}</label>
        <input
          id={fieldId}
          class="input-number"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          onInput={(event) => setText((event.target as HTMLInputElement).value)}
        />
      </p>
    </QuestionFrame>
  );
}
