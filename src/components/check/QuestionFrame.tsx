/**
 * What every question's screen shares: a fieldset whose legend is the question, its hint, an error
 * summary GOV.UK-style when the answer is missing or not understood, and continue, back and clear.
 * NumberQuestion, ChoiceQuestion and NeedsQuestion put their own controls inside.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Answers, QuestionId } from '../../lib/eligibility/answers.ts';
import type { Translator } from '../../lib/strings/translatorFor.ts';

/** What CheckApp gives a question's screen. */
export interface QuestionProps {
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

type FrameProps = Omit<QuestionProps, 'answers' | 'onAnswer'> & {
  error: string | undefined;
  onSubmit: () => void;
  children: ComponentChildren;
};

/** The ids a question's controls point at: its first control, its hint and its error. */
export function fieldIds(question: QuestionId, error: string | undefined) {
  const fieldId = `q-${question}`;
  const errorId = `${fieldId}-error`;
  const hintId = `${fieldId}-hint`;
  return { fieldId, errorId, hintId, describedBy: [hintId, error ? errorId : ''].filter(Boolean).join(' ') };
}

export function QuestionFrame({ question, position, total, tr, onBack, notices, moveFocus, onClear, error, onSubmit, children }: FrameProps) {
  const { t } = tr;
  const heading = useRef<HTMLHeadingElement>(null);
  const noticeBox = useRef<HTMLDivElement>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  const { fieldId, errorId, hintId, describedBy } = fieldIds(question, error);

  // Each new screen announces itself: what a link got wrong first, else the question.
  useEffect(() => {
    if (moveFocus) (noticeBox.current ?? heading.current)?.focus();
    // Only a new question is a new screen; moveFocus only says whether this one came by a step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
    onSubmit();
  }

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
        {children}
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
