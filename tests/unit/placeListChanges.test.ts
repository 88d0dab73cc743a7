import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/lib/content/placeSchemas.ts';
import { placeListChanges } from '../../src/lib/places/placeListChanges.ts';

const place = (id: string, name = '示例工作站'): Place => ({
  id,
  kind: 'minor-protection-workstation',
  district: '310101',
  street: '310101002',
  zh: { name, address: '示例路1号' },
  en: { name: 'Example Workstation' },
  services: [],
  source: 'https://example.org/places',
  verified: '2026-03-01',
});

describe('placeListChanges', () => {
  it('counts places added, changed and removed, by id', () => {
    expect(placeListChanges([place('b'), place('c'), place('d')], [place('a'), place('b'), place('c', '示例新站')])).toEqual({
      added: ['a'],
      changed: ['c'],
      removed: ['d'],
    });
  });

  it('does not count a record whose keys are in another order as changed', () => {
    const { id, ...rest } = place('a');
    expect(placeListChanges([{ ...rest, id }], [place('a')]).changed).toEqual([]);
  });

  it('takes everything as added when there was no old list', () => {
    expect(placeListChanges([], [place('b'), place('a')])).toEqual({ added: ['a', 'b'], changed: [], removed: [] });
  });

  it('ignores old records without an id', () => {
    expect(placeListChanges([null, 'text', { name: 'no id' }], [])).toEqual({ added: [], changed: [], removed: [] });
  });
});
