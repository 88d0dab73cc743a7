/**
 * Reads and writes the answers in the URL fragment. Everything that arrives here may be hostile or
 * mangled (a link pasted into WeChat, a typo, markup): nothing is ever thrown, nothing is echoed
 * back as markup, and every problem is named by the question it concerns.
 */
import {
  hukouValues,
  insuranceValues,
  MAX_AGE,
  maxMonthsForAge,
  needValues,
  questionIds,
  stageValues,
  type Answers,
  type Need,
  type QuestionId,
} from './answers.ts';
import { stripInvisible } from '../stripInvisible.ts';

export type FragmentProblem =
  | { kind: 'missing'; question: QuestionId }
  | { kind: 'invalid'; question: QuestionId }
  | { kind: 'repeated'; question: QuestionId }
  /**
   * Keys the contract does not know: they are ignored, and only how many is said. Their words are
   * never shown: a forged link could otherwise put any message on the site's page
   * (`&官方通知：请立即拨打…=1`).
   */
  | { kind: 'unknownKeys'; count: number };

export interface ParsedFragment {
  answers: Partial<Answers>;
  problems: FragmentProblem[];
  /** The first question to ask again: the first missing, invalid or repeated one in question order. */
  resumeAt: QuestionId | undefined;
}

/** Full-width digits (０–９), as Chinese keyboards type them, read as ASCII digits. */
function asciiDigits(value: string): string {
  return value.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replace(/\+/gu, ' '));
  } catch {
    return undefined; // Broken percent-encoding: treated as an answer not understood.
  }
}

/** A whole number typed or linked, full-width digits included; undefined for anything else. */
export function readWholeNumber(value: string): number | undefined {
  const digits = asciiDigits(value.trim());
  return /^\d{1,4}$/u.test(digits) ? Number(digits) : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: string): T | undefined {
  return (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

function parseNeeds(value: string): Need[] | undefined {
  if (value === 'none') return [];
  // A trailing or doubled comma is common in pasted links and means nothing.
  const parts = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const needs = parts.map((part) => oneOf(needValues, part));
  if (parts.length === 0 || needs.some((need) => need === undefined)) return undefined;
  // Kept in the contract's order, each once, so equal answers always make the same link.
  return needValues.filter((need) => needs.includes(need));
}

/** Longest fragment read at all: a real one is under 200 characters. */
const MAX_FRAGMENT_LENGTH = 2000;

/**
 * Reads a fragment (with or without its leading `#`).
 * @example parseFragment('#age=9&hukou=other').answers // { age: 9, hukou: 'other' }
 */
export function parseFragment(fragment: string): ParsedFragment {
  const text = fragment.replace(/^#/u, '').slice(0, MAX_FRAGMENT_LENGTH);
  const raw = new Map<QuestionId, string | undefined>();
  const problems: FragmentProblem[] = [];
  const repeated = new Set<QuestionId>();
  let unknownKeys = 0;

  for (const pair of text.split('&')) {
    if (pair === '' || pair.startsWith('=')) continue;
    const separator = pair.indexOf('=');
    const rawKey = separator < 0 ? pair : pair.slice(0, separator);
    const key = decode(rawKey) ?? rawKey;
    const value = separator < 0 ? '' : pair.slice(separator + 1);
    const question = oneOf(questionIds, key);
    if (!question) {
      // Counted, never kept: a key made only of characters no one can see is not a part anyone wrote.
      if (stripInvisible(key).trim() !== '') unknownKeys += 1;
    } else if (raw.has(question)) {
      repeated.add(question);
    } else {
      raw.set(question, decode(value));
    }
  }

  if (unknownKeys > 0) problems.push({ kind: 'unknownKeys', count: unknownKeys });

  const answers: Partial<Answers> = {};
  const invalid = new Set<QuestionId>();
  const read = <K extends QuestionId>(question: K, parse: (value: string) => Answers[K] | undefined) => {
    if (!raw.has(question) || repeated.has(question)) return;
    const value = raw.get(question);
    const parsed = value === undefined ? undefined : parse(value);
    if (parsed === undefined) invalid.add(question);
    else answers[question] = parsed;
  };
  read('age', (value) => {
    const age = readWholeNumber(value);
    return age !== undefined && age <= MAX_AGE ? age : undefined;
  });
  read('hukou', (value) => oneOf(hukouValues, value));
  read('months', (value) => {
    const months = readWholeNumber(value);
    return months !== undefined && months <= maxMonthsForAge(answers.age ?? MAX_AGE) ? months : undefined;
  });
  read('stage', (value) => oneOf(stageValues, value));
  read('insurance', (value) => oneOf(insuranceValues, value));
  read('needs', parseNeeds);

  let resumeAt: QuestionId | undefined;
  for (const question of questionIds) {
    let problem: FragmentProblem | undefined;
    if (repeated.has(question)) problem = { kind: 'repeated', question };
    else if (invalid.has(question)) problem = { kind: 'invalid', question };
    else if (!raw.has(question)) problem = { kind: 'missing', question };
    if (problem) {
      problems.push(problem);
      resumeAt ??= question;
    }
  }
  return { answers, problems, resumeAt };
}

/**
 * Whether a fragment is about the questionnaire at all: `#main` (the skip link) or `#top` is not,
 * and must not reset anyone's answers.
 */
export function speaksToQuestionnaire(parsed: ParsedFragment): boolean {
  return Object.keys(parsed.answers).length > 0 || parsed.problems.some((p) => p.kind === 'invalid' || p.kind === 'repeated');
}

/** Whether every question has a valid answer. */
export function isComplete(answers: Partial<Answers>): answers is Answers {
  return questionIds.every((question) => answers[question] !== undefined);
}

/**
 * Writes complete answers as a fragment, keys in the contract's order.
 * @example toFragment({ age: 9, hukou: 'other', months: 36, stage: 'primary', insurance: 'shanghai', needs: [] })
 * // 'age=9&hukou=other&months=36&stage=primary&insurance=shanghai&needs=none'
 */
export function toFragment(answers: Answers): string {
  return [
    `age=${answers.age}`,
    `hukou=${answers.hukou}`,
    `months=${answers.months}`,
    `stage=${answers.stage}`,
    `insurance=${answers.insurance}`,
    `needs=${answers.needs.length > 0 ? answers.needs.join(',') : 'none'}`,
  ].join('&');
}
