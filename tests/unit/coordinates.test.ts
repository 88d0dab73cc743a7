import { describe, expect, it } from 'vitest';
import { bd09ToGcj02, convertCoordinates, gcj02ToBd09, gcj02ToWgs84, wgs84ToGcj02, type LonLat } from '../../src/lib/places/coordinates.ts';
import { distanceMetres } from '../../src/lib/places/distance.ts';

const at = (longitude: number, latitude: number): LonLat => ({ longitude, latitude });

/** Equal to about 1e-9 degrees (0.1 mm): the references were printed at full double precision. */
function expectPosition(actual: LonLat, expected: LonLat) {
  expect(actual.longitude).toBeCloseTo(expected.longitude, 9);
  expect(actual.latitude).toBeCloseTo(expected.latitude, 9);
}

// Shanghai points for the round trips, from 崇明 in the north to 金山 in the south.
const shanghaiPoints = [
  at(121.4737, 31.2304), // 人民广场
  at(121.4998, 31.2397), // 陆家嘴
  at(121.215, 31.0505), // 松江大学城
  at(121.397, 31.623), // 崇明
  at(121.34, 30.74), // 金山
];

describe('wgs84ToGcj02', () => {
  it('matches coordtransform for Beijing (wandergis/coordtransform, test/app.js)', () => {
    expectPosition(wgs84ToGcj02(at(116.404, 39.915)), at(116.41024449916938, 39.91640428150164));
  });

  it('matches eviltransform for Shanghai, Shenzhen and Beijing (googollee/eviltransform, javascript/test.js)', () => {
    expectPosition(wgs84ToGcj02(at(121.5272106, 31.1774276)), at(121.531541859215, 31.17530398364597));
    expectPosition(wgs84ToGcj02(at(113.912316, 22.543847)), at(113.9171764808363, 22.540796131694766));
    expectPosition(wgs84ToGcj02(at(116.377817, 39.911954)), at(116.38404722455657, 39.91334545536069));
  });

  it('moves 人民广场 about half a kilometre', () => {
    const shift = distanceMetres(at(121.4737, 31.2304), wgs84ToGcj02(at(121.4737, 31.2304)));
    expect(shift).toBeGreaterThan(300);
    expect(shift).toBeLessThan(700);
  });

  it('leaves a position outside China unchanged', () => {
    expect(wgs84ToGcj02(at(139.6917, 35.6895))).toEqual(at(139.6917, 35.6895));
    expect(gcj02ToWgs84(at(-0.1276, 51.5072))).toEqual(at(-0.1276, 51.5072));
  });
});

describe('gcj02ToWgs84', () => {
  it('takes every Shanghai point back to within 0.5 m of where it started', () => {
    for (const point of shanghaiPoints) {
      expect(distanceMetres(point, gcj02ToWgs84(wgs84ToGcj02(point)))).toBeLessThan(0.5);
    }
  });

  it('undoes the eviltransform Shanghai reference to within 0.5 m', () => {
    const back = gcj02ToWgs84(at(121.531541859215, 31.17530398364597));
    expect(distanceMetres(back, at(121.5272106, 31.1774276))).toBeLessThan(0.5);
  });

  it('agrees with gcoord to 1e-6 degrees (hujiulong/gcoord, test/unit/crs/GCJ02.spec.ts)', () => {
    const back = gcj02ToWgs84(at(123, 45));
    expect(back.longitude).toBeCloseTo(122.99395597, 6);
    expect(back.latitude).toBeCloseTo(44.99804071, 6);
  });
});

describe('gcj02ToBd09 and bd09ToGcj02', () => {
  it('match coordtransform (wandergis/coordtransform, test/app.js)', () => {
    expectPosition(gcj02ToBd09(at(116.404, 39.915)), at(116.41036949371029, 39.92133699351021));
    expectPosition(bd09ToGcj02(at(116.404, 39.915)), at(116.39762729119315, 39.90865673957631));
  });

  it('match gcoord (hujiulong/gcoord, test/unit/crs/GCJ02.spec.ts and BD09.spec.ts)', () => {
    const bd09 = gcj02ToBd09(at(123, 45));
    expect(bd09.longitude).toBeCloseTo(123.00636499, 7);
    expect(bd09.latitude).toBeCloseTo(45.00636899, 7);
    const gcj02 = bd09ToGcj02(at(123, 45));
    expect(gcj02.longitude).toBeCloseTo(122.99363304, 7);
    expect(gcj02.latitude).toBeCloseTo(44.9936543, 7);
  });

  it('go there and back within 0.5 m in Shanghai', () => {
    for (const point of shanghaiPoints) {
      expect(distanceMetres(point, bd09ToGcj02(gcj02ToBd09(point)))).toBeLessThan(0.5);
    }
  });
});

describe('convertCoordinates', () => {
  const peoplesSquare = at(121.4737, 31.2304);

  it('returns a copy when the systems are the same', () => {
    const converted = convertCoordinates(peoplesSquare, 'bd09', 'bd09');
    expect(converted).toEqual(peoplesSquare);
    expect(converted).not.toBe(peoplesSquare);
  });

  it('goes from WGS-84 to BD-09 through GCJ-02', () => {
    expectPosition(convertCoordinates(peoplesSquare, 'wgs84', 'bd09'), gcj02ToBd09(wgs84ToGcj02(peoplesSquare)));
  });

  it('goes from BD-09 to WGS-84 through GCJ-02', () => {
    expectPosition(convertCoordinates(peoplesSquare, 'bd09', 'wgs84'), gcj02ToWgs84(bd09ToGcj02(peoplesSquare)));
  });

  it('comes back to within 0.5 m from every system to every other', () => {
    const systems = ['wgs84', 'gcj02', 'bd09'] as const;
    for (const from of systems) {
      for (const to of systems) {
        const there = convertCoordinates(peoplesSquare, from, to);
        expect(distanceMetres(peoplesSquare, convertCoordinates(there, to, from))).toBeLessThan(0.5);
      }
    }
  });
});
