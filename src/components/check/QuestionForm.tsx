/**
 * One question on its own screen: a fieldset whose legend is the question, plain controls,
 * an error summary GOV.UK-style when the answer is missing or not understood.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  hukouValues,
  insuranceValues,
  MAX_AGE,
  maxMonthsForAge,
  needValues,
  stageValues,
  type Answers,
  type QuestionId,
} from '../../lib/eligibility/answers.ts';
import { readWholeNumber } from '../../lib/eligibility/fragment.ts';
import type { Translator } from '../../lib/strings/translate.ts';

interface Props {
  question: QuestionId;
  answers: Partial<Answers>;
  /** 1-based position and count, for "question 2 of 6". */
  position: number;
  total: number;
  tr: Translator;
  onAnswer: (answers: Partial<Answers>) => void;
  onBack: (() => void) | undefined;
  /** Messages about a link that was opened (what was not understood), shown above the question. */
  notices: string[];
  /** Move focus to this screen (not on arriving at the page, where the reader starts at the top). */
  moveFocus: boolean;
  /** Clears every answer; absent while there is none. */
  onClear: (() => void) | undefined;
}

const choices: Partial<Record<QuestionId, readonly string[]>> = {
  hukou: hukouValues,
  stage: stageValues,
  insurance: insuranceValues,
};

export function QuestionForm({ question, answers, position, total, tr, onAnswer, onBack, notices, moveFocus, onClear }: Props) {
  const { t } = tr;
  const heading = useRef<HTMLHeadingElement>(null);
  const noticeBox = useRef<HTMLDivElement>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  const initialText = question === 'age' || question === 'months' ? String(answers[question] ?? '') : '';
  const [text, setText] = useState(initialText);
  const [choice, setChoice] = useState<string | undefined>(
    question === 'hukou' || question === 'stage' || question === 'insurance' ? answers[question] : undefined,
  );
  const [needs, setNeeds] = useState<string[]>(answers.needs ?? []);
  const [noNeeds, setNoNeeds] = useState(answers.needs !== undefined && answers.needs.length === 0);
  const [error, setError] = useState<string | undefined>();
  const fieldId = `q-${question}`;

  // Each new screen announces itself: what a link got wrong first, else the question.
  useEffect(() => {
    if (moveFocus) (noticeBox.current ?? heading.current)?.focus();
  }, [question]);

  // A problem with the answer is announced and read first, as GOV.UK's error summary is.
  useEffect(() => {
    if (error) errorBox.current?.focus();
  }, [error]);

  /** The error summary's link moves focus to the field without touching the address. */
  function focusField(event: Event) {
    event.preventDefault();
    document.getElementById(fieldId)?.focus();
  }

  function submit(event: Event) {
    event.preventDefault();
    if (question === 'age' || question === 'months') {
      const value = readWholeNumber(text);
      const max = question === 'age' ? MAX_AGE : maxMonthsForAge(answers.age ?? MAX_AGE);
      if (value === undefined || value > max) return setError(t(`check.q.${question}.error`, { max }));
      return onAnswer({ ...answers, [question]: value });
    }
    if (question === 'needs') {
      if (!noNeeds && needs.length === 0) return setError(t('check.q.needs.error'));
      return onAnswer({ ...answers, needs: noNeeds ? [] : needValues.filter((need) => needs.includes(need)) });
    }
    if (!choice) return setError(t(`check.q.${question}.error`));
    return onAnswer({ ...answers, [question]: choice });
  }

  const errorId = `${fieldId}-error`;
  const hintId = `${fieldId}-hint`;
  const describedBy = [hintId, error ? errorId : ''].filter(Boolean).join(' ');

  return (
    <form class="question" onSubmit={submit} noValidate>
      <p class="question__progress">{t('check.progress', { current: position, total })}</p>
      {notices.length > 0 && (
        <div class="notice" role="status" tabIndex={-1} ref={noticeBox}>
          {notices.map((notice) => (
            <p>{notice}</p>
          ))}
        </div>
      )}
      {error && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={errorBox}>
          <h2 class="error-summary__title">{t('check.errorTitle')}</h2>
          <p>
            <a href={`#${fieldId}`} onClick={focusField}>
              {error}
            </a>
          </p>
        </div>
      )}
      <fieldset class={error ? 'field field--error' : 'field'} aria-describedby={describedBy}>
        <legend>
          <h2 ref={heading} tabIndex={-1} class="question__title">
            {t(`check.q.${question}.title`)}
          </h2>
        </legend>
        <p class="hint" id={hintId}>
          {t(`check.q.${question}.hint`)}
        </p>
        {error && (
          <p class="field__error" id={errorId}>
            {error}
          </p>
        )}
        {(question === 'age' || question === 'months') && (
          <p>
            <label for={fieldId}>{t(`check.q.${question}.label`)}</label>
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
        )}
        {choices[question] && (
          <div class="choices">
            {choices[question]!.map((value, i) => (
              <div class="choice">
                <input
                  type="radio"
                  name={question}
                  id={i === 0 ? fieldId : `${fieldId}-${value}`}
                  value={value}
                  checked={choice === value}
                  onChange={() => setChoice(value)}
                />
                <label for={i === 0 ? fieldId : `${fieldId}-${value}`}>{t(`check.${question}.${value}`)}</label>
              </div>
            ))}
          </div>
        )}
        {question === 'needs' && (
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
                <label for={i === 0 ? fieldId : `${fieldId}-${need}`}>{t(`check.needs.${need}`)}</label>
              </div>
            ))}
            <p class="choices__or">{t('check.or')}</p>
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
              <label for={`${fieldId}-none`}>{t('check.needs.none')}</label>
            </div>
          </div>
        )}
      </fieldset>
      <div class="question__actions">
        <button type="submit" class="button">
          {t('check.continue')}
        </button>
        {onBack && (
          <button type="button" class="button button--secondary" onClick={onBack}>
            {t('check.back')}
          </button>
        )}
        {onClear && (
          <button type="button" class="link-button" onClick={onClear}>
            {t('check.clear')}
          </button>
        )}
      </div>
    </form>
  );
}
