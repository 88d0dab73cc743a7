/**
 * The one reason a short result shows beside its verdict: for "check", the thing to confirm (a
 * condition in the wording, an answer "not sure", the plan's monitoring scope, a stage to confirm);
 * otherwise the first reason. The rest stay one tap away.
 */
import type { Reason, ServiceVerdict } from './evaluate.ts';

const toConfirm = (reason: Reason): boolean =>
  reason.kind === 'scope' || reason.kind === 'insurance' || (reason.kind === 'qualifier' && !reason.met) || (reason.kind === 'stage' && reason.toConfirm);

export function keyReason(verdict: Pick<ServiceVerdict, 'verdict' | 'reasons'>): Reason | undefined {
  return (verdict.verdict === 'check' ? verdict.reasons.find(toConfirm) : undefined) ?? verdict.reasons[0];
}
