/**
 * The evaluator over the real rules in content/: for every service the answers can limit, one
 * answer set that includes the child and one that excludes it, with the verdict and the reason.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import type { Answers } from '../../src/lib/eligibility/answers.ts';
import { evaluateEligibility, evaluateService, type Reason, type ServiceVerdict } from '../../src/lib/eligibility/evaluate.ts';
import { contentDir } from './sourceFile.ts';

const { services } = loadContent(contentDir);
const rules = services.map((service) => ({ number: service.number, conditions: service.eligibility.conditions }));

/** A 9-year-old from another province, 3 years in Shanghai, in primary school, insured in Shanghai. */
const child: Answers = { age: 9, hukou: 'other', months: 36, stage: 'primary', insurance: 'shanghai', needs: [] };

function verdictFor(number: number, overrides: Partial<Answers>): ServiceVerdict {
  return evaluateService(
    rules.find((rule) => rule.number === number)!,
    { ...child, ...overrides },
  );
}

type Row = [number: number, includes: Partial<Answers>, verdict: 'likely' | 'check', excludes: Partial<Answers> | null, excludedBy: Reason['kind'] | null];

const table: Row[] = [
  [1, { age: 3, stage: 'kindergarten' }, 'likely', { age: 7 }, 'age'],
  [2, { age: 0, stage: 'none' }, 'likely', { age: 7 }, 'age'],
  [3, {}, 'check', null, null],
  [4, { age: 2, stage: 'nursery' }, 'check', { age: 4, stage: 'kindergarten' }, 'age'],
  [5, { age: 5, stage: 'kindergarten' }, 'check', { age: 2, stage: 'nursery' }, 'age'],
  [6, { age: 5, stage: 'kindergarten' }, 'check', { age: 5, stage: 'none' }, 'stage'],
  [7, {}, 'check', { age: 15, stage: 'senior' }, 'stage'],
  [8, { age: 13, stage: 'junior' }, 'check', { age: 15, stage: 'senior' }, 'stage'],
  [9, {}, 'check', { age: 16, stage: 'vocational' }, 'stage'],
  [10, { age: 14, stage: 'junior' }, 'check', { stage: 'none' }, 'stage'],
  [11, { age: 15, stage: 'senior' }, 'check', { age: 15, stage: 'junior' }, 'stage'],
  [12, { age: 15, stage: 'senior' }, 'check', { age: 15, stage: 'vocational' }, 'stage'],
  [13, { age: 15, stage: 'senior' }, 'check', { age: 15, stage: 'vocational' }, 'stage'],
  [14, { age: 15, stage: 'vocational' }, 'check', { age: 15, stage: 'senior' }, 'stage'],
  [15, { age: 15, stage: 'vocational' }, 'check', { age: 15, stage: 'senior' }, 'stage'],
  [16, { age: 4, stage: 'kindergarten' }, 'likely', { age: 4, stage: 'none' }, 'stage'],
  [17, { age: 2, stage: 'nursery' }, 'likely', { age: 4, stage: 'none' }, 'stage'],
  [18, {}, 'likely', { age: 2, stage: 'none' }, 'stage'],
  [19, {}, 'check', null, null],
  [20, {}, 'check', null, null],
  [21, { needs: ['mental'] }, 'check', { needs: ['psych'] }, 'needs'],
  [22, { needs: ['housing'] }, 'check', {}, 'needs'],
  [23, { needs: ['unattended'] }, 'likely', { needs: ['dibao'] }, 'needs'],
  [24, { needs: ['disability'] }, 'check', {}, 'needs'],
  [25, { needs: ['disability'] }, 'likely', {}, 'needs'],
  [26, { needs: ['disability'] }, 'check', { needs: ['disability'], age: 2, stage: 'none' }, 'stage'],
  [27, { needs: ['dibao'] }, 'check', { needs: ['tekun'] }, 'needs'],
  [28, { needs: ['tekun'] }, 'check', { needs: ['dibao'] }, 'needs'],
  [29, { needs: ['emergency'] }, 'check', {}, 'needs'],
  [30, { needs: ['stranded'] }, 'likely', {}, 'needs'],
  [31, {}, 'likely', null, null],
  [32, {}, 'likely', null, null],
  [33, { needs: ['case'] }, 'likely', {}, 'needs'],
  [34, { needs: ['psych'] }, 'likely', null, null],
  [35, {}, 'likely', null, null],
  [36, {}, 'likely', null, null],
  [37, {}, 'likely', null, null],
  [38, {}, 'likely', null, null],
  [39, {}, 'likely', null, null],
  [40, {}, 'likely', null, null],
  [41, { needs: ['job'] }, 'likely', { needs: ['training'] }, 'needs'],
  [42, { needs: ['training'] }, 'check', {}, 'needs'],
];

describe('evaluateService, service by service', () => {
  it('covers all 42 services', () => {
    expect(table.map(([number]) => number)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
  });

  for (const [number, includes, verdict, excludes, excludedBy] of table) {
    it(`service ${number}: ${verdict} for ${JSON.stringify(includes)}`, () => {
      const result = verdictFor(number, includes);
      expect(result.verdict).toBe(verdict);
      expect(result.met).toBe(result.of);
    });

    if (excludes) {
      it(`service ${number}: not for ${JSON.stringify(excludes)}, because of its ${excludedBy}`, () => {
        const result = verdictFor(number, excludes);
        expect(result.verdict).toBe('no');
        expect(result.reasons.map((reason) => reason.kind)).toEqual([excludedBy]);
        expect(result.met).toBeLessThan(result.of);
      });
    } else {
      it(`service ${number}: open to every migrant child`, () => {
        expect(verdictFor(number, {}).openToAll).toBe(true);
      });
    }
  }
});

describe('reasons', () => {
  it('say why a conditional service needs checking, citing its words', () => {
    const result = verdictFor(7, {});
    expect(result.reasons).toContainEqual({
      kind: 'qualifier',
      met: false,
      cites: [{ source: 'target', words: '义务教育阶段符合条件的流动儿童' }],
    });
  });

  it('meet "有需要的" for service 34 when the family says the child has emotional difficulties', () => {
    expect(verdictFor(34, {}).verdict).toBe('check');
    expect(verdictFor(34, { needs: ['psych'] }).verdict).toBe('likely');
  });

  it('give the age and the range when age excludes a child', () => {
    expect(verdictFor(1, { age: 7 }).reasons).toEqual([{ kind: 'age', met: false, min: 0, max: 6, age: 7, cites: [{ source: 'target', words: '0-6岁' }] }]);
  });

  it('ask to confirm, not rule out, a child not yet in school for the service that secures school places', () => {
    for (const stage of ['none', 'kindergarten'] as const) {
      const result = verdictFor(8, { age: 6, stage });
      expect(result.verdict).toBe('check');
      expect(result.reasons).toContainEqual(expect.objectContaining({ kind: 'stage', met: true, toConfirm: true, stage }));
    }
  });

  it('ask to confirm for a vocational student where the wording says 中小学校', () => {
    expect(verdictFor(17, { age: 16, stage: 'vocational' }).verdict).toBe('check');
    expect(verdictFor(17, { age: 12, stage: 'junior' }).verdict).toBe('likely');
  });

  it('count the conditions met: you meet 2 of 2', () => {
    const result = verdictFor(26, { needs: ['disability'] });
    expect([result.met, result.of]).toEqual([2, 2]);
  });

  it('turn "not sure" about insurance into "check" for medical insurance', () => {
    const sure = verdictFor(19, { insurance: 'other' });
    expect(sure.reasons).toContainEqual(expect.objectContaining({ kind: 'insurance', insurance: 'other' }));
    expect(verdictFor(19, { insurance: 'unknown' }).reasons).toContainEqual(expect.objectContaining({ kind: 'insurance', insurance: 'unknown' }));
  });
});

describe('the plan’s monitoring scope', () => {
  it('makes a plainly matching service "check" for a child with Shanghai household registration (measure 28)', () => {
    const result = verdictFor(1, { age: 3, hukou: 'shanghai' });
    expect(result.verdict).toBe('check');
    expect(result.reasons).toContainEqual({ kind: 'scope', why: 'shanghaiHukou' });
  });

  it('makes it "check" for a child under 6 months in Shanghai (measure 1)', () => {
    const result = verdictFor(31, { months: 5 });
    expect(result.verdict).toBe('check');
    expect(result.reasons).toContainEqual({ kind: 'scope', why: 'underSixMonths' });
  });

  it('does not turn 16- and 17-year-olds away: senior high and vocational services stay open', () => {
    const senior = verdictFor(11, { age: 17, months: 200, stage: 'senior' });
    expect(senior.verdict).toBe('check');
    expect(senior.reasons).toContainEqual({ kind: 'scope', why: 'sixteenOrOlder' });
    expect(verdictFor(14, { age: 16, stage: 'vocational' }).verdict).toBe('check');
  });

  it('keeps "likely" for a child inside the scope: another province, 6 months or more, under 16', () => {
    expect(verdictFor(31, { months: 6, age: 15, stage: 'junior' }).verdict).toBe('likely');
  });
});

describe('evaluateEligibility', () => {
  const openToAll = [31, 32, 35, 36, 37, 38, 39, 40];

  it('shows the services open to all for every child in scope, whatever the stage or situation', () => {
    for (const answers of [
      child,
      { ...child, age: 0, months: 6, stage: 'none' as const },
      { ...child, age: 15, stage: 'vocational' as const, needs: ['disability' as const, 'job' as const] },
    ]) {
      const results = evaluateEligibility(rules, answers);
      for (const number of openToAll) {
        expect(results.find((r) => r.number === number)!.verdict, `service ${number}`).toBe('likely');
      }
    }
  });

  it('gives a verdict for every service, in order', () => {
    expect(evaluateEligibility(rules, child).map((r) => r.number)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
  });
});
