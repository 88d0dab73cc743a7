/**
 * The district outlines read at build time from content/divisions/district-boundaries.geojson,
 * checked so that a broken file fails the build rather than place families in no district.
 */
import type { LonLat } from './coordinates.ts';
import type { DistrictShape } from './districtBoundaries.ts';

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The problem, said so whoever replaces the boundary file can find it. */
function malformed(where: string, problem: string): Error {
  return new Error(`District boundaries GeoJSON: ${where} ${problem}`);
}

function readPosition(value: unknown, where: string): LonLat {
  if (!Array.isArray(value) || value.length < 2) throw malformed(where, 'is not a [longitude, latitude] pair');
  const [longitude, latitude] = value as unknown[];
  if (typeof longitude !== 'number' || typeof latitude !== 'number' || !Number.isFinite(longitude) || !Number.isFinite(latitude)) {
    throw malformed(where, 'must hold two numbers');
  }
  // Swapped Shanghai coordinates, (31, 121), put 121 in the latitude and are caught here.
  if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
    throw malformed(where, `(${longitude}, ${latitude}) is not a longitude, latitude pair in degrees`);
  }
  return { longitude, latitude };
}

function readRing(value: unknown, where: string): LonLat[] {
  if (!Array.isArray(value)) throw malformed(where, 'is not a ring (an array of positions)');
  // RFC 7946 §3.1.6: a ring is closed (first position repeated last), so a triangle has 4 positions.
  if (value.length < 4) throw malformed(where, `has ${value.length} positions; a ring needs at least 4`);
  const ring = value.map((position, index) => readPosition(position, `${where}[${index}]`));
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first.longitude !== last.longitude || first.latitude !== last.latitude) {
    throw malformed(where, 'is not closed: its last position must repeat its first');
  }
  return ring;
}

function readPolygon(value: unknown, where: string): LonLat[][] {
  if (!Array.isArray(value) || value.length === 0) throw malformed(where, 'is not a polygon (an array of rings)');
  return value.map((ring, index) => readRing(ring, `${where}[${index}]`));
}

function readGeometry(value: unknown, where: string): LonLat[][][] {
  if (!isObject(value)) throw malformed(where, 'is missing');
  const coordinates = value['coordinates'];
  if (value['type'] === 'Polygon') return [readPolygon(coordinates, `${where}.coordinates`)];
  if (value['type'] === 'MultiPolygon') {
    if (!Array.isArray(coordinates) || coordinates.length === 0) {
      throw malformed(`${where}.coordinates`, 'is not a list of polygons');
    }
    return coordinates.map((polygon, index) => readPolygon(polygon, `${where}.coordinates[${index}]`));
  }
  throw malformed(`${where}.type`, `is ${JSON.stringify(value['type'])}; a district must be a Polygon or MultiPolygon`);
}

/**
 * The district outlines in a GeoJSON FeatureCollection (one Feature per district, with
 * `properties.code` the 6-digit GB/T 2260 code and a Polygon or MultiPolygon geometry). Throws an
 * Error naming the feature and the coordinate that is wrong, rather than letting a broken file
 * place families in no district.
 * @example districtShapesFromGeoJson(JSON.parse(readFileSync('content/divisions/district-boundaries.geojson', 'utf8')))
 */
export function districtShapesFromGeoJson(json: unknown): DistrictShape[] {
  if (!isObject(json) || json['type'] !== 'FeatureCollection') {
    throw malformed('the file', 'is not a GeoJSON FeatureCollection');
  }
  const features = json['features'];
  if (!Array.isArray(features) || features.length === 0) throw malformed('features', 'must be a non-empty array');
  const seen = new Set<string>();
  return features.map((feature: unknown, index) => {
    const where = `features[${index}]`;
    if (!isObject(feature) || feature['type'] !== 'Feature') throw malformed(where, 'is not a GeoJSON Feature');
    const properties = feature['properties'];
    const code = isObject(properties) ? properties['code'] : undefined;
    if (typeof code !== 'string' || !/^\d{6}$/u.test(code)) {
      throw malformed(`${where}.properties.code`, 'must be the 6-digit district code as a string, such as "310101"');
    }
    if (seen.has(code)) throw malformed(`${where}.properties.code`, `${code} appears twice; give a district one MultiPolygon`);
    seen.add(code);
    return { code, rings: readGeometry(feature['geometry'], `${where} (${code}).geometry`) };
  });
}
