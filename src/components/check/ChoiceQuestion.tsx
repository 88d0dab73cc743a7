/** A question answered by one choice of several: hukou, school stage, insurance. */
import { useState } from 'preact/hooks';
import { hukouValues, insuranceValues, stageValues } from '../../lib/eligibility/answers.ts';
import { fieldIds, QuestionFrame, type QuestionProps } from './QuestionFrame.tsx';

const choices = { hukou: hukouValues, stage: stageValues, insurance: insuranceValues } as const;

export type ChoiceQuestionId = keyof typeof choices;

export const isChoiceQuestion = (question: string): question is ChoiceQuestionId => question in choices;

export function ChoiceQuestion(props: QuestionProps & { question: ChoiceQuestionId }) {
  const { question, answers, tr, onAnswer } = props;
  const [choice, setChoice] = useState<string | undefined>(answers[question]);
  const [error, setError] = useState<string | undefined>();
  const { fieldId } = fieldIds(question, error);

  function submit() {
    if (!choice) return setError(tr.t(`check.q.${question}.error`));
    return onAnswer({ ...answers, [question]: choice });
  }

  return (
    <QuestionFrame {...props} error={error} onSubmit={submit}>
      <div class="choices">
        {choices[question].map((value, i) => (
          <div class="choice">
            <input
              type="radio"
              name={question}
              id={i === 0 ? fieldId : `${fieldId}-${value}`}
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />
            <label for={i === 0 ? fieldId : `${fieldId}-${value}`}>{tr.t(`check.${question}.${value}`)}</label>
          </div>
        ))}
      </div>
    </QuestionFrame>
  );
}
