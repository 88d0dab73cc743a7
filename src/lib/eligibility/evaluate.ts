/**
 * Decides, for every service, whether the answers put the child inside its target group, and why.
 * Pure: the same answers and rules always give the same verdicts, on the phone and in the tests.
 */
import type { CitedWords as Citation, ShownCondition as Condition } from '../content/schemas.ts';
import type { Answers, Insurance, Need, Stage } from './answers.ts';
import { stageTiming } from './stageTiming.ts';

/**
 * `likely`: plainly inside the stated target group. `check`: possibly, but something must be
 * confirmed with the department (conditional wording, an answer "not sure", or the child is outside
 * the plan's monitoring scope). `no`: the wording excludes the child, and the reasons say why.
 * `later`: the child will grow into it (an age or a school stage still ahead): not a result today,
 * shown under "coming up".
 */
export type Verdict = 'likely' | 'check' | 'no' | 'later';

export type Reason =
  /** `later`: younger than the first age the wording states. */
  | { kind: 'age'; met: boolean; later: boolean; min: number; max: number; age: number; cites: Citation[] }
  /**
   * `toConfirm`: the wording may still reach the child's stage, or the child may be about to start
   * it (src/lib/eligibility/stageTiming.ts): met, but "check". `later`: a stage still ahead.
   */
  | { kind: 'stage'; met: boolean; toConfirm: boolean; later: boolean; stages: Stage[]; stage: Stage; cites: Citation[] }
  | { kind: 'needs'; met: boolean; anyOf: Need[]; matched: Need[]; cites: Citation[] }
  /** `met`: the family's answers already meet the wording (有需要的 with "emotional difficulties"). */
  | { kind: 'qualifier'; met: boolean; cites: Citation[]; /** The answers the wording bears on, which change only the reason. */ mentioned: Need[] }
  | { kind: 'insurance'; insurance: Insurance; cites: Citation[] }
  /** Outside the plan's monitoring scope (measure 1) or under local rules (measure 28). */
  | { kind: 'scope'; why: 'shanghaiHukou' | 'hukouUnknown' | 'underSixMonths' | 'sixteenOrOlder' }
  | { kind: 'openToAll' };

export interface ServiceRules {
  number: number;
  conditions: Condition[];
}

export interface ServiceVerdict {
  number: number;
  verdict: Verdict;
  reasons: Reason[];
  /** How many of the hard conditions (age, stage, situation) the answers meet, and of how many. */
  met: number;
  of: number;
  /** The wording names no age, stage or situation: open to every migrant child. */
  openToAll: boolean;
}

/** The plan's monitoring scope (measure 1): at least 6 months in Shanghai, under 16. */
const MONITORING_MIN_MONTHS = 6;
const MONITORING_AGE_LIMIT = 16;

function conditionReason(condition: Condition, answers: Answers): Reason {
  switch (condition.kind) {
    case 'age':
      return { ...condition, met: answers.age >= condition.min && answers.age <= condition.max, later: answers.age < condition.min, age: answers.age };
    case 'stage': {
      const timing = stageTiming(condition.stages, condition.checkFor, answers.stage, answers.age);
      return {
        kind: 'stage',
        met: timing === 'in' || timing === 'confirm',
        toConfirm: timing === 'confirm',
        later: timing === 'later',
        stages: condition.stages,
        stage: answers.stage,
        cites: condition.cites,
      };
    }
    case 'needs': {
      const matched = condition.anyOf.filter((need) => answers.needs.includes(need));
      return { ...condition, met: matched.length > 0, matched };
    }
    case 'qualifier':
      return {
        kind: 'qualifier',
        met: condition.satisfiedBy.some((need) => answers.needs.includes(need)),
        cites: condition.cites,
        mentioned: condition.mentions.filter((need) => answers.needs.includes(need)),
      };
    case 'insurance':
      return { kind: 'insurance', insurance: answers.insurance, cites: condition.cites };
  }
}

function scopeReasons(answers: Answers): Reason[] {
  if (answers.hukou === 'shanghai') return [{ kind: 'scope', why: 'shanghaiHukou' }];
  const reasons: Reason[] = answers.hukou === 'unknown' ? [{ kind: 'scope', why: 'hukouUnknown' }] : [];
  if (answers.months < MONITORING_MIN_MONTHS) reasons.push({ kind: 'scope', why: 'underSixMonths' });
  if (answers.age >= MONITORING_AGE_LIMIT) reasons.push({ kind: 'scope', why: 'sixteenOrOlder' });
  return reasons;
}

const isHard = (reason: Reason): reason is Extract<Reason, { kind: 'age' | 'stage' | 'needs' }> =>
  reason.kind === 'age' || reason.kind === 'stage' || reason.kind === 'needs';

/** The verdict and reasons for one service. */
export function evaluateService(rules: ServiceRules, answers: Answers): ServiceVerdict {
  const reasons = rules.conditions.map((condition) => conditionReason(condition, answers));
  const hard = reasons.filter(isHard);
  const met = hard.filter((reason) => reason.met).length;
  const openToAll = hard.length === 0;
  const base = { number: rules.number, met, of: hard.length, openToAll };
  const excluding = hard.filter((reason) => !reason.met && !('later' in reason && reason.later));
  if (excluding.length > 0) {
    // Only the conditions that exclude the child are reasons for "why not".
    return { ...base, verdict: 'no', reasons: excluding };
  }
  if (met < hard.length) {
    // Nothing excludes the child, but an age or a stage is still ahead: "coming up", with that reason.
    return { ...base, verdict: 'later', reasons: hard.filter((reason) => !reason.met) };
  }
  const all: Reason[] = [...(openToAll ? [{ kind: 'openToAll' } as const] : []), ...reasons, ...scopeReasons(answers)];
  const needsChecking = all.some(
    (reason) =>
      (reason.kind === 'qualifier' && !reason.met) ||
      (reason.kind === 'insurance' && reason.insurance === 'unknown') ||
      (reason.kind === 'stage' && reason.toConfirm) ||
      reason.kind === 'scope',
  );
  return { ...base, verdict: needsChecking ? 'check' : 'likely', reasons: all };
}

/** Verdicts for every service, in the order given. */
export function evaluateEligibility(services: readonly ServiceRules[], answers: Answers): ServiceVerdict[] {
  return services.map((service) => evaluateService(service, answers));
}
