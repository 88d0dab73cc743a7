import { describe, expect, it } from 'vitest';
import { wgs84ToGcj02 } from '../../src/lib/places/coordinates.ts';
import { distanceMetres } from '../../src/lib/places/distance.ts';
import { compactShapes, expandShapes, isCompactShapes } from '../../src/lib/places/compactDistrictShapes.ts';
import {
  distanceToDistrictMetres,
  districtsContaining,
  locateDistrict,
  locateReportedPosition,
  type DistrictShape,
} from '../../src/lib/places/districtBoundaries.ts';
import { districtShapesFromGeoJson } from '../../src/lib/places/districtGeoJson.ts';
import { boundaryGeoJson, districtShapes as shapes } from '../support/divisionFixtures.ts';

const shapeOf = (code: string) => shapes.find((shape) => shape.code === code)!;

const at = (longitude: number, latitude: number) => ({ longitude, latitude });

// Landmarks as approximate WGS-84 positions. Each was checked against the boundary file: the metres
// say how far it lies from the nearest other district, far more than the file's 100 m simplification.
const peoplesSquare = at(121.4737, 31.2304); // 人民广场: 957 m from 静安
const lujiazui = at(121.4998, 31.2397); // 陆家嘴: 875 m from 黄浦 across the river
const xujiahui = at(121.4365, 31.1886); // 徐家汇: 1.8 km from 长宁
const songjiangUniversityTown = at(121.215, 31.0505); // 松江大学城: 7.4 km from 青浦
const chongming = at(121.397, 31.623); // 崇明岛, mid-island: 14 km from 宝山
const suzhou = at(120.585, 31.299); // 苏州 old town, Jiangsu: 33 km from 青浦
// On the Bund's riverside walk, 257 m from the 浦东 side of the file's border along the Huangpu
// (which runs down the river's middle) and 539 m from 虹口 across the Suzhou Creek.
const bund = at(121.487, 31.24);
// Halfway along the file's 黄浦/浦东 border segment off the Bund, (121.4898, 31.2374)–(121.4896, 31.2431).
const onTheHuangpuBorder = at(121.4897, 31.24025);
// Pudong's mainland coast crosses 31.05°N at about 121.9075°E in the file, running south-west to
// north-east; the first point is about 100 m inside it, the second about 430 m out to sea.
const justInsidePudongCoast = at(121.9065, 31.05);
const offPudongCoast = at(121.912, 31.05);

/** A 10 × 10 square with a 2 × 2 hole in the middle, far from Shanghai so nothing real interferes. */
const squareWithHole: DistrictShape = {
  code: '999999',
  rings: [
    [
      [at(0, 0), at(10, 0), at(10, 10), at(0, 10), at(0, 0)],
      [at(4, 4), at(6, 4), at(6, 6), at(4, 6), at(4, 4)],
    ],
    [[at(20, 0), at(22, 0), at(22, 2), at(20, 2), at(20, 0)]],
  ],
};

describe('districtShapesFromGeoJson', () => {
  it('reads all 16 districts with their codes', () => {
    expect(shapes).toHaveLength(16);
    expect(shapes.map((shape) => shape.code)).toContain('310101');
    expect(shapes.map((shape) => shape.code)).toContain('310151');
  });

  it('keeps each of a MultiPolygon’s polygons, such as 崇明’s islands', () => {
    expect(shapeOf('310151').rings).toHaveLength(4);
    expect(shapeOf('310101').rings).toHaveLength(1);
  });

  it('reads longitude first, as GeoJSON writes it', () => {
    expect(shapeOf('310101').rings[0]![0]![0]).toEqual(at(121.4903, 31.2441));
  });

  const feature = (geometry: unknown, code: unknown = '310101') => ({
    type: 'Feature',
    properties: { code },
    geometry,
  });
  const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
  const square = [
    [121, 31],
    [121.1, 31],
    [121.1, 31.1],
    [121, 31],
  ];

  it('refuses something that is not a FeatureCollection', () => {
    expect(() => districtShapesFromGeoJson(null)).toThrow(/not a GeoJSON FeatureCollection/u);
    expect(() => districtShapesFromGeoJson({ type: 'Feature' })).toThrow(/not a GeoJSON FeatureCollection/u);
    expect(() => districtShapesFromGeoJson(collection())).toThrow(/features must be a non-empty array/u);
  });

  it('refuses a feature without a 6-digit code', () => {
    expect(() => districtShapesFromGeoJson(collection(feature({ type: 'Polygon', coordinates: [square] }, 310101)))).toThrow(
      /features\[0\]\.properties\.code must be the 6-digit district code/u,
    );
  });

  it('refuses a district given twice', () => {
    const polygon = { type: 'Polygon', coordinates: [square] };
    expect(() => districtShapesFromGeoJson(collection(feature(polygon), feature(polygon)))).toThrow(/310101 appears twice/u);
  });

  it('refuses a geometry that is not a polygon', () => {
    expect(() => districtShapesFromGeoJson(collection(feature({ type: 'Point', coordinates: [121, 31] })))).toThrow(
      /features\[0\] \(310101\)\.geometry\.type is "Point"; a district must be a Polygon or MultiPolygon/u,
    );
    expect(() => districtShapesFromGeoJson(collection(feature(undefined)))).toThrow(/geometry is missing/u);
  });

  it('names the position that is wrong', () => {
    const badPosition = [
      [121, 31],
      [121.1, 'north'],
      [121.1, 31.1],
      [121, 31],
    ];
    expect(() => districtShapesFromGeoJson(collection(feature({ type: 'Polygon', coordinates: [badPosition] })))).toThrow(
      /features\[0\] \(310101\)\.geometry\.coordinates\[0\]\[1\] must hold two numbers/u,
    );
  });

  it('catches latitude and longitude swapped', () => {
    const swapped = square.map(([longitude, latitude]) => [latitude, longitude]);
    expect(() => districtShapesFromGeoJson(collection(feature({ type: 'Polygon', coordinates: [swapped] })))).toThrow(
      /is not a longitude, latitude pair in degrees/u,
    );
  });

  it('refuses a ring that is too short or not closed', () => {
    expect(() => districtShapesFromGeoJson(collection(feature({ type: 'Polygon', coordinates: [square.slice(0, 3)] })))).toThrow(
      /has 3 positions; a ring needs at least 4/u,
    );
    const open = [...square.slice(0, 3), [121.05, 31.05]];
    expect(() => districtShapesFromGeoJson(collection(feature({ type: 'Polygon', coordinates: [open] })))).toThrow(/is not closed/u);
  });

  it('refuses a MultiPolygon with no polygons', () => {
    expect(() => districtShapesFromGeoJson(collection(feature({ type: 'MultiPolygon', coordinates: [] })))).toThrow(/coordinates is not a list of polygons/u);
  });
});

describe('compactShapes and expandShapes', () => {
  it('give back the same outlines', () => {
    expect(expandShapes(compactShapes(shapes))).toEqual(shapes);
  });

  it('flatten each ring to longitude, latitude, longitude, latitude…', () => {
    const [huangpu] = compactShapes([shapeOf('310101')]);
    expect(huangpu!.code).toBe('310101');
    expect(huangpu!.polygons[0]![0]!.slice(0, 4)).toEqual([121.4903, 31.2441, 121.4873, 31.2451]);
  });

  it('keep 4 decimals', () => {
    const [compact] = compactShapes([{ code: '310101', rings: [[[at(121.490349, 31.244151), at(121.49, 31.25)]]] }]);
    expect(compact!.polygons).toEqual([[[121.4903, 31.2442, 121.49, 31.25]]]);
  });

  it('are smaller than the GeoJSON', () => {
    expect(JSON.stringify(compactShapes(shapes)).length).toBeLessThan(JSON.stringify(boundaryGeoJson).length * 0.9);
  });

  it('refuse a ring with an odd count of numbers', () => {
    expect(() => expandShapes([{ code: '310101', polygons: [[[121, 31, 122]]] }])).toThrow(/odd count of numbers/u);
  });
});

describe('districtsContaining', () => {
  it.each([
    ['人民广场', '310101 黄浦区', peoplesSquare],
    ['陆家嘴', '310115 浦东新区', lujiazui],
    ['徐家汇', '310104 徐汇区', xujiahui],
    ['松江大学城', '310117 松江区', songjiangUniversityTown],
    ['崇明', '310151 崇明区', chongming],
  ])('puts %s in %s', (_name, district, point) => {
    const code = district.slice(0, 6);
    expect(districtsContaining(point, shapes)).toEqual([code]);
  });

  it('puts a point in Jiangsu in no district', () => {
    expect(districtsContaining(suzhou, shapes)).toEqual([]);
  });

  it('leaves out a point in a hole, and finds one in a second polygon', () => {
    expect(districtsContaining(at(2, 2), [squareWithHole])).toEqual(['999999']);
    expect(districtsContaining(at(5, 5), [squareWithHole])).toEqual([]);
    expect(districtsContaining(at(21, 1), [squareWithHole])).toEqual(['999999']);
    expect(districtsContaining(at(15, 1), [squareWithHole])).toEqual([]);
  });
});

describe('distanceToDistrictMetres', () => {
  it('is 0 inside the district', () => {
    expect(distanceToDistrictMetres(peoplesSquare, shapeOf('310101'))).toBe(0);
  });

  it('measures from the Bund to the Pudong side of the river', () => {
    expect(distanceToDistrictMetres(bund, shapeOf('310115'))).toBeCloseTo(257, -1);
  });

  it('measures to the nearest edge of a hole or of another polygon', () => {
    // In the middle of the hole the nearest edges are its sides, 1° of longitude away at 5°N; west
    // of the second square, its side is 1° of longitude away at 1°N. A degree is 111 195 m on the equator.
    const degreeOfLongitudeAt = (latitude: number) => 111195 * Math.cos((latitude * Math.PI) / 180);
    expect(distanceToDistrictMetres(at(5, 5), squareWithHole)).toBeCloseTo(degreeOfLongitudeAt(5), -1);
    expect(distanceToDistrictMetres(at(19, 1), squareWithHole)).toBeCloseTo(degreeOfLongitudeAt(1), -1);
  });
});

describe('locateDistrict', () => {
  it('finds the district of a point far from any border, with nothing nearby', () => {
    expect(locateDistrict(songjiangUniversityTown, shapes)).toEqual({ inside: '310117', nearby: [] });
    expect(locateDistrict(chongming, shapes)).toEqual({ inside: '310151', nearby: [] });
  });

  it('finds nothing at all in Jiangsu', () => {
    expect(locateDistrict(suzhou, shapes)).toEqual({ inside: undefined, nearby: [] });
  });

  it('offers the district across the Huangpu to someone on the Bund, nearest first', () => {
    expect(locateDistrict(bund, shapes)).toEqual({ inside: '310101', nearby: ['310115', '310109', '310106'] });
  });

  it('offers both districts for a point on the river border itself', () => {
    const { inside, nearby } = locateDistrict(onTheHuangpuBorder, shapes);
    expect([inside, ...nearby]).toEqual(expect.arrayContaining(['310101', '310115']));
    expect([inside, nearby[0]].sort()).toEqual(['310101', '310115']);
  });

  it('reaches only as far as borderMetres', () => {
    expect(locateDistrict(bund, shapes, { borderMetres: 300 })).toEqual({ inside: '310101', nearby: ['310115'] });
    expect(locateDistrict(bund, shapes, { borderMetres: 0 })).toEqual({ inside: '310101', nearby: [] });
    expect(locateDistrict(peoplesSquare, shapes, { borderMetres: 2000 }).nearby).toEqual(['310106', '310109', '310115']);
  });

  it('offers the nearby district for a point just off the simplified coast', () => {
    expect(locateDistrict(offPudongCoast, shapes)).toEqual({ inside: undefined, nearby: ['310115'] });
  });
});

describe('locateReportedPosition', () => {
  it('gives the same answer as locateDistrict far from any border', () => {
    expect(locateReportedPosition(wgs84ToGcj02(songjiangUniversityTown), shapes)).toMatchObject({ inside: '310117', nearby: [] });
    expect(locateReportedPosition(suzhou, shapes)).toMatchObject({ inside: undefined, nearby: [] });
  });

  it('offers the district a GCJ-02 reading really lies in when it lands across a border', () => {
    // A home in 静安 near the 黄浦 border. Its GCJ-02 reading, taken as WGS-84, lies ~480 m east, in 黄浦.
    const home = at(121.46, 31.23);
    expect(districtsContaining(home, shapes)).toEqual(['310106']);
    const reported = wgs84ToGcj02(home);
    expect(districtsContaining(reported, shapes)).toEqual(['310101']);
    // borderMetres 0 so only the two readings count, not closeness.
    expect(locateReportedPosition(reported, shapes, { borderMetres: 0 })).toEqual({ inside: '310101', nearby: ['310106'], position: reported });
  });

  it('falls back to the GCJ-02 reading when the WGS-84 one is in no district', () => {
    // A home just inside Pudong's coast: its GCJ-02 reading, taken as WGS-84, is ~300 m out at sea.
    const reported = wgs84ToGcj02(justInsidePudongCoast);
    expect(districtsContaining(reported, shapes)).toEqual([]);
    const located = locateReportedPosition(reported, shapes, { borderMetres: 0 });
    expect(located).toMatchObject({ inside: '310115', nearby: [] });
    // Distances are then measured from the corrected reading, back where the home is.
    expect(distanceMetres(located.position, justInsidePudongCoast)).toBeLessThan(1);
  });

  it('lists a district once, nearest first by the closer reading', () => {
    const { inside, nearby } = locateReportedPosition(bund, shapes);
    expect(inside).toBe('310101');
    expect(nearby[0]).toBe('310115');
    expect(new Set(nearby).size).toBe(nearby.length);
    expect(nearby).not.toContain('310101');
  });
});

describe('isCompactShapes', () => {
  const compact = compactShapes(shapes);
  const codes = shapes.map((shape) => shape.code);

  it('accepts the outlines as the build writes them', () => {
    expect(isCompactShapes(JSON.parse(JSON.stringify(compact)), codes)).toBe(true);
  });

  it.each([
    ['nothing', null],
    ['an empty list', []],
    ['a district missing', compact.slice(1)],
    ['a district twice', [...compact.slice(1), compact[1]]],
    ['an unknown code', [{ ...compact[0]!, code: '320505' }, ...compact.slice(1)]],
    ['numbers written as text', [{ ...compact[0]!, polygons: [[compact[0]!.polygons[0]![0]!.map(String)]] }, ...compact.slice(1)]],
    ['a ring cut short', [{ ...compact[0]!, polygons: [[[121.47, 31.23, 121.48]]] }, ...compact.slice(1)]],
  ])('refuses %s', (_, value) => {
    expect(isCompactShapes(value, codes)).toBe(false);
  });
});
