import { describe, expect, it } from 'vitest';
import type { Reason } from '../../src/lib/eligibility/evaluate.ts';
import { keyReason } from '../../src/lib/eligibility/keyReason.ts';

const age: Reason = { kind: 'age', met: true, later: false, min: 3, max: 6, age: 4, cites: [{ source: 'target', words: '3-6岁' }] };
const conditional: Reason = { kind: 'qualifier', met: false, cites: [{ source: 'content', words: '符合条件的' }], mentioned: [] };
const alreadyMet: Reason = { kind: 'qualifier', met: true, cites: [{ source: 'content', words: '为有需要的流动儿童' }], mentioned: [] };

describe('keyReason', () => {
  it('shows what must be confirmed for a service the family should check, not the condition already met', () => {
    expect(keyReason({ verdict: 'check', reasons: [age, conditional] })).toBe(conditional);
  });

  it('shows the first reason of a service that very likely fits', () => {
    expect(keyReason({ verdict: 'likely', reasons: [age, alreadyMet] })).toBe(age);
  });

  it("shows that a child outside the plan's monitoring scope should confirm, before anything else", () => {
    const scope: Reason = { kind: 'scope', why: 'underSixMonths' };
    expect(keyReason({ verdict: 'check', reasons: [age, scope] })).toBe(scope);
  });

  it('falls back to the first reason when nothing is marked to confirm', () => {
    expect(keyReason({ verdict: 'check', reasons: [age] })).toBe(age);
  });

  it('has nothing to show for a verdict without reasons', () => {
    expect(keyReason({ verdict: 'likely', reasons: [] })).toBeUndefined();
  });
});
