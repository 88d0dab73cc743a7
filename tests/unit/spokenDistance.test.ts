import { describe, expect, it } from 'vitest';
import { spokenDistance } from '../../src/lib/places/spokenDistance.ts';

describe('spokenDistance', () => {
  it.each([
    [0, { unit: 'metres', count: 10 }],
    [347, { unit: 'metres', count: 350 }],
    [994, { unit: 'metres', count: 990 }],
    [996, { unit: 'kilometres', count: 1 }],
    [1260, { unit: 'kilometres', count: 1.3 }],
  ])('%d m is said as %o', (metres, spoken) => {
    expect(spokenDistance(metres)).toEqual(spoken);
  });
});
