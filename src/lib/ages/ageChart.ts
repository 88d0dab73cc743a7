/**
 * What the age view (/ages/) shows: the services whose wording states ages, as bars over the ages
 * 0–17, and the services tied to a school stage, grouped by stage. Stages are never turned into
 * ages: the plan names stages, not ages, and no official page the site has read says how many years
 * each stage lasts in Shanghai, so "primary school" is not "6–11" and the chart must not pretend it is.
 */
import { stageValues, type Stage } from '../eligibility/answers.ts';
import type { ShownCondition as Condition } from '../content/schemas.ts';

/** The least of a service the age view reads. */
export interface ServiceConditions {
  number: number;
  eligibility: { conditions: readonly Condition[] };
}

/** One bar of the chart: a service and the ages (whole years, both ends included) it states. */
export interface AgeBar {
  service: number;
  from: number;
  to: number;
  /** 0 for the top row; one bar a row, so each has room for its label. */
  row: number;
}

/**
 * The bars, youngest first (then by service number), one a service with an `age` condition.
 * A service with several age conditions must meet them all, so its bar is where they overlap.
 * @example ageBars([{ number: 4, eligibility: { conditions: [{ kind: 'age', min: 1, max: 3, cites }] } }])
 * // [{ service: 4, from: 1, to: 3, row: 0 }]
 */
export function ageBars(services: readonly ServiceConditions[]): AgeBar[] {
  const bars: Omit<AgeBar, 'row'>[] = [];
  for (const service of services) {
    const ages = service.eligibility.conditions.filter((c) => c.kind === 'age');
    if (ages.length === 0) continue;
    const from = Math.max(...ages.map((c) => c.min));
    const to = Math.min(...ages.map((c) => c.max));
    // Silently dropping the service would hide it from the chart; the content needs fixing instead.
    if (from > to) throw new Error(`service ${service.number}: its age conditions leave no age at which it applies`);
    bars.push({ service: service.number, from, to });
  }
  bars.sort((a, b) => a.from - b.from || a.service - b.service);
  return bars.map((bar, row) => ({ ...bar, row }));
}

/** The services tied to one school stage. */
export interface StageGroup {
  stage: Stage;
  /** `toConfirm`: the wording may still reach a child at this stage (`checkFor`); ask first. */
  services: { service: number; toConfirm: boolean }[];
}

/**
 * The services with a `stage` condition, under every stage they name, stages in school order
 * (not in school, nursery, kindergarten, primary, junior, senior, vocational); empty stages left out.
 */
export function stageGroups(services: readonly ServiceConditions[]): StageGroup[] {
  return stageValues
    .map((stage) => ({
      stage,
      services: services.flatMap((service) => {
        const conditions = service.eligibility.conditions.filter((c) => c.kind === 'stage');
        if (conditions.some((c) => c.stages.includes(stage))) return [{ service: service.number, toConfirm: false }];
        if (conditions.some((c) => c.checkFor.includes(stage))) return [{ service: service.number, toConfirm: true }];
        return [];
      }),
    }))
    .filter((group) => group.services.length > 0);
}
