import { describe, expect, it } from 'vitest';
import { ageBars, stageGroups, type ServiceConditions } from '../../src/lib/ages/ageChart.ts';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import type { Condition } from '../../src/lib/content/schemas.ts';
import { contentDir } from './sourceFile.ts';

const cites = [{ source: 'target' as const, words: 'x', en: 'x' }];
const age = (min: number, max: number): Condition => ({ kind: 'age', min, max, cites });
const stage = (stages: Extract<Condition, { kind: 'stage' }>['stages'], checkFor: typeof stages = []): Condition => ({
  kind: 'stage',
  stages,
  checkFor,
  cites,
});
const service = (number: number, ...conditions: Condition[]): ServiceConditions => ({ number, eligibility: { conditions } });

describe('ageBars', () => {
  it('makes one bar for each service that states ages, and none for the others', () => {
    expect(ageBars([service(1, age(0, 6)), service(2), service(3, stage(['primary'])), service(4, age(1, 3))])).toEqual([
      { service: 1, from: 0, to: 6, row: 0 },
      { service: 4, from: 1, to: 3, row: 1 },
    ]);
  });

  it('puts the youngest first, and services starting at the same age by number', () => {
    expect(ageBars([service(9, age(3, 6)), service(5, age(0, 17)), service(2, age(3, 4))]).map((bar) => bar.service)).toEqual([5, 2, 9]);
  });

  it('draws a service with two age conditions where they overlap', () => {
    expect(ageBars([service(7, age(0, 10), age(6, 17))])).toEqual([{ service: 7, from: 6, to: 10, row: 0 }]);
  });

  it('refuses age conditions that leave no age, rather than leave the service out', () => {
    expect(() => ageBars([service(7, age(0, 3), age(6, 17))])).toThrow('service 7');
  });
});

describe('stageGroups', () => {
  it('lists each service under every stage it names, in school order, leaving out empty stages', () => {
    expect(stageGroups([service(11, stage(['senior'])), service(7, stage(['primary', 'junior'])), service(1, age(0, 6))])).toEqual([
      { stage: 'primary', services: [{ service: 7, toConfirm: false }] },
      { stage: 'junior', services: [{ service: 7, toConfirm: false }] },
      { stage: 'senior', services: [{ service: 11, toConfirm: false }] },
    ]);
  });

  it('marks a stage the wording may still reach as one to confirm', () => {
    expect(stageGroups([service(8, stage(['primary'], ['none']))])).toEqual([
      { stage: 'none', services: [{ service: 8, toConfirm: true }] },
      { stage: 'primary', services: [{ service: 8, toConfirm: false }] },
    ]);
  });

  it('never turns a stage into ages', () => {
    expect(ageBars([service(7, stage(['primary', 'junior']))])).toEqual([]);
  });
});

describe('the content the age view is drawn from', () => {
  const { services } = loadContent(contentDir);

  // A service whose target group says 岁 but has no age condition would be missing from the chart.
  it('gives every service whose target group states an age in 岁 an age condition with those ages', () => {
    const agePattern = /(\d+)\s*[-–—至到~～]\s*(\d+)\s*周?岁|(\d+)\s*周?岁|[零一二三四五六七八九十]+\s*周?岁/u;
    const stated = services.filter((s) => agePattern.test(s.zh.target));
    expect(stated.length).toBeGreaterThan(0);
    for (const s of stated) {
      const range = s.zh.target.match(/(\d+)\s*[-–—至到~～]\s*(\d+)\s*周?岁/u);
      expect(range, `service ${s.number}: "${s.zh.target}" states an age this test cannot read`).not.toBeNull();
      const bars = ageBars([s]);
      expect(bars, `service ${s.number}: "${s.zh.target}"`).toEqual([{ service: s.number, from: Number(range![1]), to: Number(range![2]), row: 0 }]);
    }
  });

  it('draws exactly the services with an age condition', () => {
    const withAge = services.filter((s) => s.eligibility.conditions.some((c) => c.kind === 'age')).map((s) => s.number);
    expect(
      ageBars(services)
        .map((bar) => bar.service)
        .sort((a, b) => a - b),
    ).toEqual(withAge);
  });
});
