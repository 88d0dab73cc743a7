/** "Coming up": the services a child will grow into, grouped by the moment each opens, in the services' order. */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import type { Answers } from '../../src/lib/eligibility/answers.ts';
import { comingUpGroups } from '../../src/lib/eligibility/comingUp.ts';
import { evaluateEligibility } from '../../src/lib/eligibility/evaluate.ts';
import { contentDir } from './sourceFile.ts';

const { services } = loadContent(contentDir);
const rules = services.map((service) => ({ number: service.number, conditions: service.eligibility.conditions }));
const groupsFor = (answers: Partial<Answers>) =>
  comingUpGroups(evaluateEligibility(rules, { age: 0, hukou: 'other', months: 6, stage: 'none', insurance: 'shanghai', needs: [], ...answers }));

describe('comingUpGroups', () => {
  it('gives a newborn the nursery age, preschool, compulsory education and senior secondary, in that order', () => {
    expect(groupsFor({})).toEqual([
      { opens: { kind: 'age', age: 1 }, services: [4] },
      { opens: { kind: 'age', age: 3 }, services: [5] },
      { opens: { kind: 'stage', stage: 'kindergarten' }, services: [6] },
      { opens: { kind: 'stage', stage: 'primary' }, services: [7, 8, 9, 10] },
      { opens: { kind: 'stage', stage: 'senior' }, services: [11, 12, 13] },
      { opens: { kind: 'stage', stage: 'vocational' }, services: [14, 15] },
    ]);
  });

  it('adds disability education aid for a toddler with a disability, at kindergarten', () => {
    expect(
      groupsFor({ age: 2, stage: 'nursery', needs: ['disability'] }).find((g) => g.opens.kind === 'stage' && g.opens.stage === 'kindergarten')?.services,
    ).toEqual([6, 26]);
  });

  it('has nothing coming up for a junior secondary pupil but senior secondary, and nothing at all in senior high', () => {
    expect(groupsFor({ age: 13, stage: 'junior' }).map((g) => g.services)).toEqual([
      [11, 12, 13],
      [14, 15],
    ]);
    expect(groupsFor({ age: 16, stage: 'senior' })).toEqual([]);
  });
});
