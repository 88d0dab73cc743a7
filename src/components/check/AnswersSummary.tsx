/** The answers given, each with a change link back to its question (GOV.UK's "check your answers"). */
import { questionIds, type Answers, type QuestionId } from '../../lib/eligibility/answers.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';

interface Props {
  answers: Answers;
  tr: Translator;
  onChange: (question: QuestionId) => void;
}

function answerText(question: QuestionId, answers: Answers, { t }: Translator): string {
  switch (question) {
    case 'age':
      return t('check.answer.age', { age: answers.age });
    case 'months':
      return t('check.answer.months', { months: answers.months });
    case 'needs':
      return answers.needs.length === 0 ? t('check.needs.none') : answers.needs.map((need) => t(`check.needs.${need}`)).join(t('check.listJoin'));
    default:
      return t(`check.${question}.${answers[question]}`);
  }
}

export function AnswersSummary({ answers, tr, onChange }: Props) {
  const { t } = tr;
  return (
    <dl class="answers-summary">
      {questionIds.map((question) => (
        <div class="answers-summary__row">
          <dt>{t(`check.q.${question}.short`)}</dt>
          <dd>{answerText(question, answers, tr)}</dd>
          <dd class="answers-summary__change">
            <button type="button" class="link-button" onClick={() => onChange(question)}>
              {t('check.change')}
              <span class="visually-hidden"> {t(`check.q.${question}.short`)}</span>
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}
