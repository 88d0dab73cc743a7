import { describe, expect, it } from 'vitest';
import { coverageFalls, missingFrom, nextStepsCoverage, staleSources } from '../../src/lib/nextSteps/coverage.ts';
import type { NextSteps } from '../../src/lib/content/nextStepsSchemas.ts';

const cite = [{ from: 'item' as const, number: 25, words: '户籍所在地残联' }];
const fact = { zh: '户籍所在地的残联', en: "the disabled persons' federation where the child's hukou is", cites: cite };
const record = (service: number, parts: Partial<Pick<NextSteps, 'where' | 'bring' | 'when'>>): NextSteps => ({
  service,
  checked: '2026-12-07',
  where: [],
  bring: [],
  when: [],
  ...parts,
});

describe('nextStepsCoverage', () => {
  it('counts a service for each part it has a cited fact of, in number order', () => {
    const coverage = nextStepsCoverage([
      record(25, { where: [{ ...fact, channel: 'visit' }] }),
      record(3, { where: [{ ...fact, channel: 'visit' }], bring: [{ ...fact, document: 'id-card' }] }),
      record(29, { when: [fact] }),
      record(5, {}),
    ]);
    expect(coverage).toEqual({ where: [3, 25], bring: [3], when: [29] });
  });
});

describe('coverageFalls', () => {
  it('says which count fell below the recorded floor', () => {
    expect(coverageFalls({ where: [3, 25], bring: [], when: [29] }, { where: 3, bring: 0, when: 1 })).toEqual([
      'where: 2 services, fewer than the 3 recorded: a cited fact was lost',
    ]);
  });

  it('says nothing when every count holds or rises', () => {
    expect(coverageFalls({ where: [3, 25, 30], bring: [3], when: [29] }, { where: 3, bring: 0, when: 1 })).toEqual([]);
  });
});

describe('missingFrom', () => {
  it('names the required services that have no cited fact of that part', () => {
    expect(missingFrom({ where: [3, 25], bring: [], when: [] }, 'where', [3, 4, 25, 30])).toEqual([4, 30]);
  });
});

describe('staleSources', () => {
  const sources = [
    { id: 'read-last-week', read: '2026-11-30' },
    { id: 'read-a-year-and-a-day-ago', read: '2025-12-06' },
    { id: 'read-exactly-a-year-ago', read: '2026-12-07'.replace('2026', '2025') },
    { id: 'read-two-years-ago', read: '2024-12-01' },
  ];

  it('lists the pages read more than 12 months before today, oldest first', () => {
    expect(staleSources(sources, '2026-12-07').map((s) => s.id)).toEqual(['read-two-years-ago', 'read-a-year-and-a-day-ago']);
  });

  it('does not list a page read exactly 12 months ago', () => {
    expect(staleSources([{ id: 'a', read: '2025-12-07' }], '2026-12-07')).toEqual([]);
  });
});
