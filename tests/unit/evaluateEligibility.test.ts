/**
 * The evaluator over the real rules in content/: for every service the answers can limit, one
 * answer set that includes the child and one that excludes it, with the verdict and the reason.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import type { Answers } from '../../src/lib/eligibility/answers.ts';
import type { Condition } from '../../src/lib/content/schemas.ts';
import { evaluateEligibility, evaluateService, type ServiceVerdict } from '../../src/lib/eligibility/evaluate.ts';
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

type Outcome = ServiceVerdict['verdict'];
type Kind = Condition['kind'];
/**
 * One row for each condition of each service: an answer set that meets it (null where no answer can:
 * a qualifier only the department can settle) with the verdict it gives, and one that does not.
 */
type Row = [number: number, kind: Kind, meets: Partial<Answers> | null, whenMet: Outcome | null, fails: Partial<Answers> | null, whenFailed: Outcome | null];

const kindergartner = { age: 5, stage: 'kindergarten' } as const;
const table: Row[] = [
  [1, 'age', { age: 3, stage: 'kindergarten' }, 'likely', { age: 7 }, 'no'],
  [2, 'age', { age: 0, stage: 'none' }, 'likely', { age: 7 }, 'no'],
  [3, 'qualifier', null, null, {}, 'check'],
  [4, 'age', { age: 2, stage: 'nursery' }, 'check', { age: 4, stage: 'kindergarten' }, 'no'],
  [4, 'qualifier', null, null, { age: 1, stage: 'none' }, 'check'],
  [5, 'age', kindergartner, 'check', { age: 7 }, 'no'],
  [5, 'qualifier', null, null, kindergartner, 'check'],
  [6, 'stage', kindergartner, 'check', { age: 7, stage: 'none' }, 'no'],
  [6, 'qualifier', null, null, kindergartner, 'check'],
  [7, 'stage', {}, 'check', { age: 15, stage: 'senior' }, 'no'],
  [7, 'qualifier', null, null, {}, 'check'],
  [8, 'stage', { age: 13, stage: 'junior' }, 'check', { age: 15, stage: 'senior' }, 'no'],
  [8, 'qualifier', null, null, {}, 'check'],
  [9, 'stage', {}, 'check', { age: 16, stage: 'vocational' }, 'no'],
  [9, 'qualifier', null, null, {}, 'check'],
  [10, 'stage', { age: 14, stage: 'junior' }, 'check', { age: 15, stage: 'senior' }, 'no'],
  [10, 'qualifier', null, null, {}, 'check'],
  [11, 'stage', { age: 15, stage: 'senior' }, 'check', { age: 15, stage: 'vocational' }, 'no'],
  [11, 'qualifier', null, null, { age: 15, stage: 'senior' }, 'check'],
  [12, 'stage', { age: 15, stage: 'senior' }, 'check', { age: 15, stage: 'vocational' }, 'no'],
  [12, 'qualifier', null, null, { age: 15, stage: 'senior' }, 'check'],
  [13, 'stage', { age: 15, stage: 'senior' }, 'check', { age: 15, stage: 'vocational' }, 'no'],
  [13, 'qualifier', null, null, { age: 15, stage: 'senior' }, 'check'],
  [14, 'stage', { age: 15, stage: 'vocational' }, 'check', { age: 15, stage: 'senior' }, 'no'],
  [14, 'qualifier', null, null, { age: 15, stage: 'vocational' }, 'check'],
  [15, 'stage', { age: 15, stage: 'vocational' }, 'check', { age: 15, stage: 'senior' }, 'no'],
  [15, 'qualifier', null, null, { age: 15, stage: 'vocational' }, 'check'],
  // 本市中小学校和托育机构: a kindergarten child is in neither.
  [16, 'stage', { age: 2, stage: 'nursery' }, 'likely', { age: 4, stage: 'kindergarten' }, 'no'],
  // 在校: the nursery is asked to confirm, the kindergarten is out.
  [17, 'stage', { age: 12, stage: 'junior' }, 'likely', { age: 4, stage: 'kindergarten' }, 'no'],
  [18, 'stage', { age: 4, stage: 'kindergarten' }, 'likely', { age: 2, stage: 'none' }, 'no'],
  [19, 'qualifier', null, null, {}, 'check'],
  [19, 'insurance', { insurance: 'other' }, 'check', { insurance: 'unknown' }, 'check'],
  [20, 'qualifier', null, null, {}, 'check'],
  [21, 'needs', { needs: ['mental'] }, 'check', { needs: ['psych'] }, 'no'],
  [21, 'qualifier', null, null, { needs: ['mental'] }, 'check'],
  // 符合条件的流动儿童家庭: a qualifier only; the housing answer changes the reason, not the verdict.
  [22, 'qualifier', null, null, { needs: ['housing'] }, 'check'],
  [23, 'needs', { needs: ['unattended'] }, 'likely', { needs: ['dibao'] }, 'no'],
  [24, 'needs', { needs: ['disability'] }, 'check', {}, 'no'],
  [24, 'qualifier', null, null, { needs: ['disability'] }, 'check'],
  [25, 'needs', { needs: ['disability'] }, 'likely', {}, 'no'],
  [26, 'needs', { needs: ['disability'] }, 'check', {}, 'no'],
  [26, 'stage', { needs: ['disability'], age: 10, stage: 'none' }, 'check', { needs: ['disability'], age: 2, stage: 'nursery' }, 'later'],
  [26, 'qualifier', null, null, { needs: ['disability'] }, 'check'],
  [27, 'needs', { needs: ['dibao'] }, 'check', { needs: ['tekun'] }, 'no'],
  [27, 'qualifier', null, null, { needs: ['dibao'] }, 'check'],
  [28, 'needs', { needs: ['tekun'] }, 'check', { needs: ['dibao'] }, 'no'],
  [28, 'qualifier', null, null, { needs: ['tekun'] }, 'check'],
  [29, 'needs', { needs: ['emergency'] }, 'check', {}, 'no'],
  [29, 'qualifier', null, null, { needs: ['emergency'] }, 'check'],
  [30, 'needs', { needs: ['stranded'] }, 'likely', {}, 'no'],
  [33, 'needs', { needs: ['case'] }, 'likely', {}, 'no'],
  [34, 'qualifier', { needs: ['psych'] }, 'likely', {}, 'check'],
  [41, 'needs', { needs: ['job'] }, 'likely', { needs: ['training'] }, 'no'],
  // 有就业创业、提升岗位技能要求和培训愿望: the wish to train is required; looking for work alone is not enough.
  [42, 'needs', { needs: ['training'] }, 'check', { needs: ['job'] }, 'no'],
  [42, 'qualifier', null, null, { needs: ['training'] }, 'check'],
];
const openToAll = [31, 32, 35, 36, 37, 38, 39, 40];

describe('evaluateService, condition by condition', () => {
  it('has a row for every condition of every service, and none for a condition it lacks', () => {
    const inContent = rules.flatMap((rule) => rule.conditions.map((condition) => `${rule.number}:${condition.kind}`));
    expect(table.map(([number, kind]) => `${number}:${kind}`).sort()).toEqual(inContent.sort());
    expect(rules.filter((rule) => rule.conditions.length === 0).map((rule) => rule.number)).toEqual(openToAll);
  });

  for (const [number, kind, meets, whenMet, fails, whenFailed] of table) {
    if (meets && whenMet) {
      it(`service ${number}: its ${kind} condition is met by ${JSON.stringify(meets)}: ${whenMet}`, () => {
        const result = verdictFor(number, meets);
        expect(result.verdict).toBe(whenMet);
        expect(result.met).toBe(result.of);
      });
    }
    if (fails && whenFailed) {
      it(`service ${number}: its ${kind} condition is not met by ${JSON.stringify(fails)}: ${whenFailed}`, () => {
        const result = verdictFor(number, fails);
        expect(result.verdict).toBe(whenFailed);
        if (whenFailed === 'no') expect(result.reasons.map((reason) => reason.kind)).toEqual([kind]);
        else expect(result.reasons.map((reason) => reason.kind)).toContain(kind);
      });
    }
  }

  for (const number of openToAll) {
    it(`service ${number}: open to every migrant child`, () => {
      expect(verdictFor(number, {}).openToAll).toBe(true);
      expect(verdictFor(number, { age: 0, stage: 'none', needs: [] }).verdict).toBe('likely');
    });
  }
});

describe('reasons', () => {
  it('say why a conditional service needs checking, citing its words', () => {
    const result = verdictFor(7, {});
    expect(result.reasons).toContainEqual({
      kind: 'qualifier',
      met: false,
      cites: [{ source: 'target', words: '义务教育阶段符合条件的流动儿童', en: 'Eligible migrant children at the compulsory education stage' }],
      mentioned: [],
    });
  });

  it('meet "有需要的" for service 34 when the family says the child has emotional difficulties', () => {
    expect(verdictFor(34, {}).verdict).toBe('check');
    expect(verdictFor(34, { needs: ['psych'] }).verdict).toBe('likely');
  });

  it('give the age and the range when age excludes a child', () => {
    expect(verdictFor(1, { age: 7 }).reasons).toEqual([
      { kind: 'age', met: false, later: false, min: 0, max: 6, age: 7, cites: [{ source: 'target', words: '0-6岁', en: 'aged 0–6' }] },
    ]);
  });

  it('ask to confirm, not rule out, a child of 5 or 6 not yet in school for the service that secures school places', () => {
    for (const stage of ['none', 'kindergarten'] as const) {
      const result = verdictFor(8, { age: 6, stage });
      expect(result.verdict).toBe('check');
      expect(result.reasons).toContainEqual(expect.objectContaining({ kind: 'stage', met: true, toConfirm: true, stage }));
    }
  });

  it('ask to confirm for a vocational student where the wording says 中小学校, and for a nursery child where it says 在校', () => {
    expect(verdictFor(17, { age: 16, stage: 'vocational' }).verdict).toBe('check');
    expect(verdictFor(17, { age: 2, stage: 'nursery' }).verdict).toBe('check');
    expect(verdictFor(16, { age: 2, stage: 'nursery' }).verdict).toBe('likely');
    expect(verdictFor(17, { age: 12, stage: 'junior' }).verdict).toBe('likely');
  });

  it('name the housing answer in the reason for service 22 without changing its verdict', () => {
    const withHousing = verdictFor(22, { needs: ['housing'] });
    const without = verdictFor(22, {});
    expect([withHousing.verdict, without.verdict]).toEqual(['check', 'check']);
    expect(withHousing.reasons).toContainEqual(expect.objectContaining({ kind: 'qualifier', mentioned: ['housing'] }));
    expect(without.reasons).toContainEqual(expect.objectContaining({ kind: 'qualifier', mentioned: [] }));
  });

  it('turn "not sure" about household registration into "check", saying why', () => {
    const result = verdictFor(1, { age: 3, stage: 'kindergarten', hukou: 'unknown' });
    expect(result.verdict).toBe('check');
    expect(result.reasons).toContainEqual({ kind: 'scope', why: 'hukouUnknown' });
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
