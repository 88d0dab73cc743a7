/**
 * The questionnaire's answers and their allowed values. These names are the link contract
 * (`/check/#age=9&hukou=other&months=36&stage=primary&insurance=shanghai&needs=disability,dibao`):
 * hotline staff, outreach workers and tests rely on them, so they never change.
 */
/** `unknown`: "not sure", treated as something to confirm, as the other questions' "not sure" is. */
export const hukouValues = ['other', 'shanghai', 'unknown'] as const;
export const stageValues = ['none', 'nursery', 'kindergarten', 'primary', 'junior', 'senior', 'vocational'] as const;
export const insuranceValues = ['shanghai', 'other', 'none', 'unknown'] as const;
export const needValues = [
  'disability',
  'orphan',
  'hiv',
  'unattended',
  'dibao',
  'tekun',
  'emergency',
  'stranded',
  'case',
  'mental',
  'psych',
  'housing',
  'job',
  'training',
] as const;

export type Hukou = (typeof hukouValues)[number];
export type Stage = (typeof stageValues)[number];
export type Insurance = (typeof insuranceValues)[number];
export type Need = (typeof needValues)[number];

/** The needs ticked, in the questionnaire's own order (the order links and results use). */
export function inNeedOrder(ticked: readonly string[]): Need[] {
  return needValues.filter((need) => ticked.includes(need));
}

export interface Answers {
  /** Whole years, 0–17. */
  age: number;
  hukou: Hukou;
  /** Whole months lived in Shanghai without a break, at most what the age allows. */
  months: number;
  stage: Stage;
  insurance: Insurance;
  /** Empty for "none of these". */
  needs: Need[];
}

/** The questions in the order they are asked; also the fragment's keys. */
export const questionIds = ['age', 'hukou', 'months', 'stage', 'insurance', 'needs'] as const;
export type QuestionId = (typeof questionIds)[number];

export const MAX_AGE = 17;

/** The most months a child of this age can have lived anywhere: age × 12 + 11. */
export function maxMonthsForAge(age: number): number {
  return age * 12 + 11;
}
