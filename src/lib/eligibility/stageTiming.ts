/**
 * Where a child stands against the school stages a service names: in them, to confirm, not yet
 * ("coming up"), or outside them. These are the site's own rules (content/README.md, "Stages and
 * ages: the site's rules"). The age is known in whole years only and a stage never becomes a guessed
 * age, so the rules rest on the order of the stages and on the ages the plan itself states:
 * preschool is 3-6岁 (service 5); a child of 5 or more may be about to start primary school or be of
 * its age; a child of 15 or more not in school may be of senior-secondary age.
 */
import type { Stage } from './answers.ts';

export type StageTiming = 'in' | 'confirm' | 'later' | 'out';
type SchoolStage = Exclude<Stage, 'none'>;

/** The order a child goes through the stages; senior high and vocational school are one step. */
const ORDER: Record<SchoolStage, number> = { nursery: 0, kindergarten: 1, primary: 2, junior: 3, senior: 4, vocational: 4 };

/**
 * For a child not (yet) in a stage: the ages at which the child may be of that stage's age, so the
 * family is asked to confirm rather than told "coming up" or "no". Nursery has none: services given
 * in nurseries reach only children who are in one.
 */
const AGE_WINDOW: Record<SchoolStage, readonly [number, number] | undefined> = {
  nursery: undefined,
  kindergarten: [3, 6],
  primary: [5, 17],
  junior: [5, 17],
  senior: [15, 17],
  vocational: [15, 17],
};

const inWindow = (stage: SchoolStage, age: number): boolean => {
  const window = AGE_WINDOW[stage];
  return window !== undefined && age >= window[0] && age <= window[1];
};

/**
 * @param stages the stages the wording names
 * @param checkFor stages the wording may still reach, always "confirm"
 */
export function stageTiming(stages: readonly Stage[], checkFor: readonly Stage[], stage: Stage, age: number): StageTiming {
  if (stages.includes(stage)) return 'in';
  if (checkFor.includes(stage)) return 'confirm';
  const first = firstStage([...stages, ...checkFor]);
  if (first === undefined) return 'out';
  if (stage !== 'none') {
    // At or past the first stage the wording names, but not in it: another track or already past.
    if (ORDER[stage] >= ORDER[first]) return 'out';
    // Before senior secondary, a child in school is on the way to it.
    if (ORDER[first] >= ORDER.senior) return 'later';
  } else if (first === 'nursery') {
    return 'out';
  }
  const targets = stages.filter((s): s is SchoolStage => s !== 'none');
  if (targets.some((s) => inWindow(s, age))) return 'confirm';
  const opens = AGE_WINDOW[first]?.[0];
  return opens !== undefined && age < opens ? 'later' : 'out';
}

/** The earliest of these stages in a child's path (senior high and vocational school tie: the first listed). */
export function firstStage(stages: readonly Stage[]): SchoolStage | undefined {
  return stages
    .filter((s): s is SchoolStage => s !== 'none')
    .reduce<SchoolStage | undefined>((earliest, s) => (earliest === undefined || ORDER[s] < ORDER[earliest] ? s : earliest), undefined);
}
