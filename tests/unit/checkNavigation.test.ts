import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/lib/eligibility/answers.ts';
import { firstQuestion, freshStart, previousQuestion, stepAfterAnswer, stepFromLink } from '../../src/lib/eligibility/checkNavigation.ts';
import { parseFragment } from '../../src/lib/eligibility/fragment.ts';

const full = 'age=9&hukou=other&months=36&stage=primary&insurance=shanghai&needs=disability,dibao';
const allAnswers: Answers = { age: 9, hukou: 'other', months: 36, stage: 'primary', insurance: 'shanghai', needs: ['disability'] };

describe('stepFromLink', () => {
  it('opens the results for a link with every answer', () => {
    expect(stepFromLink(parseFragment(`#${full}`))).toMatchObject({ view: { kind: 'results' }, resumed: false, answers: { age: 9, months: 36 } });
  });

  it('asks the first question a link lacks, keeping the answers it got right, then goes back to the results', () => {
    expect(stepFromLink(parseFragment('#age=9&hukou=other'))).toEqual({
      answers: { age: 9, hukou: 'other' },
      view: { kind: 'question', question: 'months', returnToResults: true },
      resumed: true,
    });
  });

  it('starts afresh for a fragment that is not the questionnaire’s, such as the skip link’s', () => {
    expect(stepFromLink(parseFragment('#main'))).toEqual({ ...freshStart, resumed: false });
    expect(freshStart).toEqual({ answers: {}, view: firstQuestion });
  });
});

describe('stepAfterAnswer', () => {
  it('asks the questions in order', () => {
    expect(stepAfterAnswer({ age: 9 }, 'age', false)).toEqual({ answers: { age: 9 }, view: { kind: 'question', question: 'hukou', returnToResults: false } });
  });

  it('shows the results after the last question', () => {
    expect(stepAfterAnswer(allAnswers, 'needs', false).view).toEqual({ kind: 'results' });
  });

  it('goes straight back to the results after a changed answer', () => {
    expect(stepAfterAnswer({ ...allAnswers, hukou: 'shanghai' }, 'hukou', true).view).toEqual({ kind: 'results' });
  });

  it('asks the months again when a changed age makes them impossible, then returns to the results', () => {
    const step = stepAfterAnswer({ ...allAnswers, age: 1 }, 'age', true);
    expect(step.answers.months).toBeUndefined();
    expect(step.view).toEqual({ kind: 'question', question: 'months', returnToResults: true });
  });

  it('keeps the months a changed age still allows', () => {
    expect(stepAfterAnswer({ ...allAnswers, age: 3 }, 'age', true).answers.months).toBe(36);
  });
});

describe('previousQuestion', () => {
  it('has no "back" on the first question', () => {
    expect(previousQuestion('age', false)).toBeUndefined();
  });

  it('goes back one question, remembering whether the results follow', () => {
    expect(previousQuestion('months', true)).toEqual({ kind: 'question', question: 'hukou', returnToResults: true });
  });
});
