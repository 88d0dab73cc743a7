/**
 * What an import changes in content/places.json, counted by id, for the summary the import prints
 * and a reviewer reads before committing the new file.
 */
import type { Place } from '../content/placeSchemas.ts';

export interface PlaceListChanges {
  /** Ids in the new list only. */
  added: string[];
  /** Ids in both lists whose records differ in any field. */
  changed: string[];
  /** Ids in the old list only. */
  removed: string[];
}

/** A value written with its object keys sorted, so two records compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b))) : inner,
  );
}

/**
 * The ids added, changed and removed between the old list (as read from the old file: anything
 * without a string `id` is ignored) and the new one, each list sorted.
 * @example placeListChanges([{ id: 'a' }], [place('a', changed), place('b')]) // { added: ['b'], changed: ['a'], removed: [] }
 */
export function placeListChanges(before: readonly unknown[], after: readonly Place[]): PlaceListChanges {
  const old = new Map<string, unknown>();
  for (const record of before) {
    const id = record && typeof record === 'object' ? (record as { id?: unknown }).id : undefined;
    if (typeof id === 'string') old.set(id, record);
  }
  const now = new Map(after.map((place) => [place.id, place]));
  const sorted = (ids: Iterable<string>) => [...ids].sort((a, b) => a.localeCompare(b));
  return {
    added: sorted([...now.keys()].filter((id) => !old.has(id))),
    changed: sorted([...now.keys()].filter((id) => old.has(id) && canonical(old.get(id)) !== canonical(now.get(id)))),
    removed: sorted([...old.keys()].filter((id) => !now.has(id))),
  };
}
