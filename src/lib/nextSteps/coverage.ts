/**
 * How much of "how to get it" rests on sources: which services have a cited place to go, documents
 * and timing, and which official pages are due to be read again. `npm run content:coverage` prints
 * these and fails when a count falls below the one recorded in content/next-steps-coverage.json.
 */
import { z } from 'zod';
import type { NextSteps, Source } from '../content/nextStepsSchemas.ts';

export const coverageParts = ['where', 'bring', 'when'] as const;
export type CoveragePart = (typeof coverageParts)[number];

/** The services (by number, ascending) with at least one cited fact of each part. */
export type Coverage = Record<CoveragePart, number[]>;

export function nextStepsCoverage(records: readonly NextSteps[]): Coverage {
  const withPart = (part: CoveragePart) =>
    records
      .filter((record) => record[part].length > 0)
      .map((record) => record.service)
      .sort((a, b) => a - b);
  return { where: withPart('where'), bring: withPart('bring'), when: withPart('when') };
}

const serviceNumbers = z.array(z.number().int().min(1).max(42));

/** content/next-steps-coverage.json: the counts that must not fall, and the services that must keep their facts. */
export const coverageRecordSchema = z.strictObject({
  /** How many services have a cited fact of each part, at the least. Raise it when coverage rises. */
  floor: z.strictObject({ where: z.number().int().min(0), bring: z.number().int().min(0), when: z.number().int().min(0) }),
  /** Services that must have a cited fact of each part (the plan or an official page gives it). */
  required: z.strictObject({ where: serviceNumbers, bring: serviceNumbers, when: serviceNumbers }),
});

/** The counts a coverage must not fall below, as recorded. */
export type CoverageFloor = z.infer<typeof coverageRecordSchema>['floor'];

/** A line for each part whose count fell below its floor; none when nothing fell. */
export function coverageFalls(coverage: Coverage, floor: CoverageFloor): string[] {
  return coverageParts.flatMap((part) =>
    coverage[part].length < floor[part] ? [`${part}: ${coverage[part].length} services, fewer than the ${floor[part]} recorded: a cited fact was lost`] : [],
  );
}

/** The services of `required` that lack a cited fact of `part`. */
export function missingFrom(coverage: Coverage, part: CoveragePart, required: readonly number[]): number[] {
  return required.filter((number) => !coverage[part].includes(number));
}

/**
 * The sources last read more than `months` calendar months before `today` (YYYY-MM-DD), oldest
 * first: the pages whose facts the data owners should check again.
 * @example staleSources([{ id: 'a', read: '2025-12-06' }], '2026-12-07', 12) // [{ id: 'a', read: '2025-12-06' }]
 */
export function staleSources<S extends Pick<Source, 'id' | 'read'>>(sources: readonly S[], today: string, months = 12): S[] {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(year, month - 1 - months, day)).toISOString().slice(0, 10);
  return sources.filter((source) => source.read < limit).sort((a, b) => a.read.localeCompare(b.read));
}
