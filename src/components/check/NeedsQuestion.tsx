/** The question answered by ticking any of the needs, or "none of these". */
import { useState } from 'preact/hooks';
import { inNeedOrder, needValues } from '../../lib/eligibility/answers.ts';
import { fieldIds, QuestionFrame, type QuestionProps } from './QuestionFrame.tsx';

export function NeedsQuestion(props: QuestionProps) {
  const { answers, tr, onAnswer } = props;
  const [needs, setNeeds] = useState<string[]>(answers.needs ?? []);
  const [noNeeds, setNoNeeds] = useState(answers.needs !== undefined && answers.needs.length === 0);
  const [error, setError] = useState<string | undefined>();
  const { fieldId } = fieldIds('needs', error);

  function submit() {
    if (!noNeeds && needs.length === 0) return setError(tr.t('check.q.needs.error'));
    return onAnswer({ ...answers, needs: noNeeds ? [] : inNeedOrder(needs) });
  }

  return (
    <QuestionFrame {...props} error={error} onSubmit={submit}>
      <div class="choices">
        {needValues.map((need, i) => (
          <div class="choice">
            <input
              type="checkbox"
              name="needs"
              id={i === 0 ? fieldId : `${fieldId}-${need}`}
              value={need}
              checked={!noNeeds && needs.includes(need)}
              onChange={(event) => {
                const on = (event.target as HTMLInputElement).checked;
                setNoNeeds(false);
                setNeeds((current) => (on ? [...current, need] : current.filter((n) => n !== need)));
              }}
            />
            <label for={i === 0 ? fieldId : `${fieldId}-${need}`}>{tr.t(`check.needs.${need}`)}</label>
          </div>
        ))}
        <p class="choices__or">{tr.t('check.or')}</p>
        <div class="choice">
          <input
            type="checkbox"
            name="needs"
            id={`${fieldId}-none`}
            value="none"
            checked={noNeeds}
            onChange={(event) => {
              setNoNeeds((event.target as HTMLInputElement).checked);
              setNeeds([]);
            }}
          />
          <label for={`${fieldId}-none`}>{tr.t('check.needs.none')}</label>
        </div>
      </div>
    </QuestionFrame>
  );
}
