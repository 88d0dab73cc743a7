import { describe, expect, it } from 'vitest';
import { distanceMetres, sortByDistance, walkingMinutes } from '../../src/lib/places/distance.ts';

const at = (longitude: number, latitude: number) => ({ longitude, latitude });

describe('distanceMetres', () => {
  it('is 0 from a point to itself', () => {
    expect(distanceMetres(at(121.4737, 31.2304), at(121.4737, 31.2304))).toBe(0);
  });

  it('makes one degree of latitude about 111.2 km', () => {
    // 6371008.8 m × π / 180 = 111194.9 m, anywhere along a meridian.
    expect(distanceMetres(at(121.4737, 31), at(121.4737, 32))).toBeCloseTo(111194.9, 0);
  });

  it('makes one degree of longitude shorter by the cosine of the latitude', () => {
    // At the equator a degree of longitude is a degree of the great circle; at 60° it is half that.
    expect(distanceMetres(at(0, 0), at(1, 0))).toBeCloseTo(111194.9, 0);
    expect(distanceMetres(at(0, 60), at(1, 60))).toBeCloseTo(55597.4, -1);
  });

  it('is the same both ways', () => {
    expect(distanceMetres(at(121.4737, 31.2304), at(121.4998, 31.2397))).toBe(distanceMetres(at(121.4998, 31.2397), at(121.4737, 31.2304)));
  });

  it('puts 人民广场 about 2.7 km from 陆家嘴', () => {
    const metres = distanceMetres(at(121.4737, 31.2304), at(121.4998, 31.2397));
    expect(metres).toBeGreaterThan(2600);
    expect(metres).toBeLessThan(2800);
  });
});

describe('walkingMinutes', () => {
  it('walks the plan’s 1 km circle in 15 minutes', () => {
    expect(walkingMinutes(1000)).toBe(15);
  });

  it('rounds up, so a family is never told less than it takes', () => {
    expect(walkingMinutes(1001)).toBe(16);
    expect(walkingMinutes(67)).toBe(2);
    expect(walkingMinutes(500)).toBe(8);
  });

  it('says at least 1 minute, even for 0 m', () => {
    expect(walkingMinutes(0)).toBe(1);
    expect(walkingMinutes(10)).toBe(1);
  });

  it('ignores fractions of a metre finer than any position', () => {
    expect(walkingMinutes(1000.0000001)).toBe(15);
  });

  it('refuses a negative or impossible distance', () => {
    expect(() => walkingMinutes(-1)).toThrow(RangeError);
    expect(() => walkingMinutes(Number.NaN)).toThrow(RangeError);
    expect(() => walkingMinutes(Infinity)).toThrow(RangeError);
  });
});

describe('sortByDistance', () => {
  const here = at(121.4737, 31.2304);
  const places = [
    { name: 'far', location: at(121.4737, 31.2504) },
    { name: 'unplaced', location: undefined },
    { name: 'near', location: at(121.4737, 31.2314) },
    { name: 'also far', location: at(121.4737, 31.2104) },
  ];

  it('puts the nearest first, with each one’s metres and minutes', () => {
    const sorted = sortByDistance(here, places, (place) => place.location);
    expect(sorted.map(({ item }) => item.name)).toEqual(['near', 'far', 'also far']);
    expect(sorted[0]!.metres).toBeCloseTo(111.2, 1);
    expect(sorted[0]!.minutes).toBe(2);
    expect(sorted[1]!.minutes).toBe(34);
  });

  it('leaves out items with no position', () => {
    const sorted = sortByDistance(here, places, (place) => place.location);
    expect(sorted.some(({ item }) => item.name === 'unplaced')).toBe(false);
  });

  it('keeps items at the same distance in their given order', () => {
    const sameBuilding = at(121.4747, 31.2304);
    const tied = [
      { name: 'listed first', location: sameBuilding },
      { name: 'listed second', location: sameBuilding },
    ];
    expect(sortByDistance(here, tied, (place) => place.location).map(({ item }) => item.name)).toEqual(['listed first', 'listed second']);
    expect(sortByDistance(here, tied.toReversed(), (place) => place.location).map(({ item }) => item.name)).toEqual(['listed second', 'listed first']);
  });

  it('gives an empty list for no items', () => {
    expect(sortByDistance(here, [], () => here)).toEqual([]);
  });
});
