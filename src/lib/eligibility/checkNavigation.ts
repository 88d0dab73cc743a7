/**
 * Which screen of the questionnaire comes next: after an answer, on "back", on "start again", and
 * when a link with answers is opened. The island (src/components/check/CheckApp.tsx) only shows it.
 */
import { maxMonthsForAge, questionIds, type Answers, type QuestionId } from './answers.ts';
import { isComplete, speaksToQuestionnaire, type ParsedFragment } from './fragment.ts';

/**
 * A question, or the results. `returnToResults`: the person came from the results (to change an
 * answer, or from a link that lacked some), so the results follow as soon as every answer is in.
 */
export type CheckView = { kind: 'question'; question: QuestionId; returnToResults: boolean } | { kind: 'results' };

export interface CheckStep {
  answers: Partial<Answers>;
  view: CheckView;
}

export const firstQuestion: CheckView = { kind: 'question', question: 'age', returnToResults: false };

/** Start again: no answers, the first question. */
export const freshStart: CheckStep = { answers: {}, view: firstQuestion };

/**
 * Where a page opened with this fragment starts: results for a complete link, else the first
 * question that needs an answer, with the answers the link got right kept (`resumed`). A fragment
 * that is not the questionnaire's (the skip link's #main) starts afresh.
 * @example stepFromLink(parseFragment('#age=9&hukou=other…')) // { answers: { age: 9, … }, view: { kind: 'results' }, resumed: false }
 */
export function stepFromLink(parsed: ParsedFragment): CheckStep & { resumed: boolean } {
  if (!speaksToQuestionnaire(parsed)) return { ...freshStart, resumed: false };
  if (parsed.resumeAt === undefined && isComplete(parsed.answers)) return { answers: parsed.answers, view: { kind: 'results' }, resumed: false };
  // After the answers it lacks, the results follow.
  return { answers: parsed.answers, view: { kind: 'question', question: parsed.resumeAt ?? 'age', returnToResults: true }, resumed: true };
}

/**
 * What follows an answer to `current`: the next question in order, or, once every answer is in
 * and the last question was answered (or the person came from the results), the results. Coming
 * from the results, the next question is the first one still unanswered.
 */
export function stepAfterAnswer(next: Partial<Answers>, current: QuestionId, returnToResults: boolean): CheckStep {
  // A changed age can make the months answer impossible: ask it again rather than keep it.
  const answers = { ...next };
  if (answers.months !== undefined && answers.age !== undefined && answers.months > maxMonthsForAge(answers.age)) delete answers.months;
  const missing = questionIds.find((q) => answers[q] === undefined);
  if (missing === undefined && (returnToResults || current === 'needs')) return { answers, view: { kind: 'results' } };
  if (returnToResults) return { answers, view: { kind: 'question', question: missing!, returnToResults } };
  const following = questionIds[questionIds.indexOf(current) + 1] ?? missing!;
  return { answers, view: { kind: 'question', question: following, returnToResults: false } };
}

/** The question before this one, or undefined on the first, which has no "back". */
export function previousQuestion(question: QuestionId, returnToResults: boolean): CheckView | undefined {
  const index = questionIds.indexOf(question);
  return index === 0 ? undefined : { kind: 'question', question: questionIds[index - 1]!, returnToResults };
}
