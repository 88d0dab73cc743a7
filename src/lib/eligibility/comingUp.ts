/**
 * The "coming up" view: services the child will grow into, grouped by the moment they open (an age
 * the plan states, or the first school stage the wording names). Groups keep the services' own order,
 * which already follows a child's life (托育, 学前, 义务教育, 高中), so no stage is turned into an age.
 */
import type { ServiceVerdict } from './evaluate.ts';
import { firstStage } from './stageTiming.ts';
import type { Stage } from './answers.ts';

export type Opens = { kind: 'age'; age: number } | { kind: 'stage'; stage: Exclude<Stage, 'none'> };

export interface ComingUpGroup {
  opens: Opens;
  /** Service numbers, in order. */
  services: number[];
}

/** When a "later" service opens: the latest of its conditions still ahead. */
export function opensAt(verdict: Pick<ServiceVerdict, 'reasons'>): Opens | undefined {
  for (const reason of verdict.reasons) {
    if (reason.kind === 'age' && reason.later) return { kind: 'age', age: reason.min };
    if (reason.kind === 'stage' && reason.later) {
      const stage = firstStage(reason.stages);
      if (stage) return { kind: 'stage', stage };
    }
  }
  return undefined;
}

const key = (opens: Opens): string => (opens.kind === 'age' ? `age:${opens.age}` : `stage:${opens.stage}`);

export function comingUpGroups(verdicts: readonly ServiceVerdict[]): ComingUpGroup[] {
  const groups = new Map<string, ComingUpGroup>();
  for (const verdict of verdicts) {
    if (verdict.verdict !== 'later') continue;
    const opens = opensAt(verdict);
    if (!opens) continue;
    const group = groups.get(key(opens)) ?? { opens, services: [] };
    group.services.push(verdict.number);
    groups.set(key(opens), group);
  }
  // Map keeps first-seen order: the group of the lowest service number comes first.
  return [...groups.values()];
}
