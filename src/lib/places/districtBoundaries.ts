/**
 * Which district a position is in, from the district outlines in
 * content/divisions/district-boundaries.geojson (OpenStreetMap via geoBoundaries, ODbL, simplified to
 * about 100 m; read by districtGeoJson.ts, sent to the browser as compactDistrictShapes.ts writes
 * them). A family's phone gives a position; the page uses this to suggest their district and,
 * near a border, the neighbouring one, since services are organised by district and a family living
 * by a border may be nearer to the neighbour's.
 *
 * All positions here are WGS-84, as the boundary file is.
 */
import { gcj02ToWgs84, type LonLat } from './coordinates.ts';

/**
 * One district's outline. `rings` holds its polygons (a district such as 崇明 has islands); in each
 * polygon the first ring is the outer edge and any further rings are holes.
 */
export type DistrictShape = { code: string; rings: LonLat[][][] };

/** Where a position lies among the districts. */
export interface DistrictLocation {
  /**
   * The district containing the position, or undefined when it is in none (outside Shanghai, or
   * just off the simplified coast).
   */
  inside: string | undefined;
  /** Other districts whose edge is within the border distance, nearest first. */
  nearby: string[];
}

/** Where a reported position lies, and the WGS-84 position to measure distances from. */
export interface ReportedLocation extends DistrictLocation {
  position: LonLat;
}

/** How close a district must be to count as nearby. */
export interface LocateOptions {
  /** In metres; default 1000, about a 15-minute walk (the plan's "15-minute circle"). */
  borderMetres?: number;
}

const DEFAULT_BORDER_METRES = 1000;
/** Same radius as distance.ts, so "1 km" means the same thing on both sides. */
const EARTH_MEAN_RADIUS_METRES = 6371008.8;
const METRES_PER_DEGREE = (EARTH_MEAN_RADIUS_METRES * Math.PI) / 180;

/**
 * Whether a point is inside a ring, by casting a ray eastwards and counting the edges it crosses
 * (odd: inside). A point exactly on an edge may come out either way; callers that care near a
 * border use the distance instead.
 */
function ringContains(ring: readonly LonLat[], { longitude: x, latitude: y }: LonLat): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a.latitude > y !== b.latitude > y) {
      const crossingLongitude = a.longitude + ((y - a.latitude) * (b.longitude - a.longitude)) / (b.latitude - a.latitude);
      if (x < crossingLongitude) inside = !inside;
    }
  }
  return inside;
}

/** Inside a polygon: inside its outer ring and in none of its holes. */
function polygonContains(polygon: readonly LonLat[][], point: LonLat): boolean {
  const [outer, ...holes] = polygon;
  return outer !== undefined && ringContains(outer, point) && !holes.some((hole) => ringContains(hole, point));
}

function shapeContains(shape: DistrictShape, point: LonLat): boolean {
  return shape.rings.some((polygon) => polygonContains(polygon, point));
}

/**
 * The codes of the districts containing a point: normally one, none outside Shanghai, and possibly
 * two for a point exactly on a shared border.
 * @example districtsContaining({ longitude: 121.4737, latitude: 31.2304 }, shapes) // ['310101']
 */
export function districtsContaining(point: LonLat, shapes: readonly DistrictShape[]): string[] {
  return shapes.filter((shape) => shapeContains(shape, point)).map((shape) => shape.code);
}

/**
 * The shortest distance in metres from a point to the district: 0 inside it, otherwise to the
 * nearest edge of any of its rings. Measured on a flat projection centred on the point (longitude
 * scaled by the cosine of its latitude), which is within a fraction of a percent over the few
 * kilometres that matter here.
 * @example distanceToDistrictMetres({ longitude: 121.487, latitude: 31.24 }, pudong) // ≈ 257: from the Bund to mid-river
 */
export function distanceToDistrictMetres(point: LonLat, shape: DistrictShape): number {
  return shapeContains(shape, point) ? 0 : distanceToEdgesMetres(point, shape);
}

/** The shortest distance from a point to any edge of the shape, inside or out. */
function distanceToEdgesMetres(point: LonLat, shape: DistrictShape): number {
  const metresPerDegreeLongitude = METRES_PER_DEGREE * Math.cos((point.latitude * Math.PI) / 180);
  const project = ({ longitude, latitude }: LonLat) => ({
    x: (longitude - point.longitude) * metresPerDegreeLongitude,
    y: (latitude - point.latitude) * METRES_PER_DEGREE,
  });
  let nearest = Infinity;
  for (const polygon of shape.rings) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i += 1) {
        nearest = Math.min(nearest, distanceFromOriginToSegment(project(ring[i - 1]!), project(ring[i]!)));
      }
    }
  }
  return nearest;
}

/** Distance from (0, 0), where the point was projected, to the segment from a to b. */
function distanceFromOriginToSegment(a: { x: number; y: number }, b: { x: number; y: number }): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const along = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(a.x * dx + a.y * dy) / lengthSquared));
  return Math.hypot(a.x + along * dx, a.y + along * dy);
}

/**
 * Each district's distance from a point (0 inside), and the codes of those containing it in the
 * given order. Containment is the ray cast's answer, as in {@link districtsContaining}, so a point
 * lying exactly on a shared edge is "inside" the district the ray cast picks and 0 m from the other.
 */
function measureDistricts(point: LonLat, shapes: readonly DistrictShape[]) {
  const containing: string[] = [];
  const metresByCode = new Map<string, number>();
  for (const shape of shapes) {
    const contains = shapeContains(shape, point);
    if (contains) containing.push(shape.code);
    const metres = contains ? 0 : distanceToEdgesMetres(point, shape);
    metresByCode.set(shape.code, Math.min(metres, metresByCode.get(shape.code) ?? Infinity));
  }
  return { containing, metresByCode };
}

/**
 * Codes within the border distance except the one already chosen, nearest first; ties go by code,
 * so the order never depends on the order of the file.
 */
function nearbyCodes(metresByCode: ReadonlyMap<string, number>, inside: string | undefined, borderMetres: number): string[] {
  return [...metresByCode]
    .filter(([code, metres]) => code !== inside && metres <= borderMetres)
    .sort(([codeA, metresA], [codeB, metresB]) => metresA - metresB || codeA.localeCompare(codeB))
    .map(([code]) => code);
}

/**
 * The district a WGS-84 position is in, and the other districts within `borderMetres` of it,
 * nearest first, so a page can offer the neighbouring district to a family living near a border.
 * A position in no district but near some (off the simplified coastline, or on a shore the
 * outline cuts) gets `inside: undefined` and those districts as `nearby`.
 * @example locateDistrict({ longitude: 121.487, latitude: 31.24 }, shapes) // on the Bund
 * // { inside: '310101', nearby: ['310115', '310109', '310106'] }
 */
export function locateDistrict(point: LonLat, shapes: readonly DistrictShape[], options: LocateOptions = {}): DistrictLocation {
  const { borderMetres = DEFAULT_BORDER_METRES } = options;
  const { containing, metresByCode } = measureDistricts(point, shapes);
  const inside = containing[0];
  return { inside, nearby: nearbyCodes(metresByCode, inside, borderMetres) };
}

/**
 * Like {@link locateDistrict}, for a position as a browser reported it, when the system it is in
 * is not certain. The Geolocation API specifies WGS-84 and most browsers keep to it, but some
 * Chinese browsers and in-app web views hand on their map SDK's GCJ-02 reading instead, which in
 * Shanghai is about 500 m off: enough to put a family living near a border in the wrong district.
 * There is no way to tell the two apart from the numbers, so the position is read both ways (as
 * WGS-84, and as GCJ-02 converted back to WGS-84). The district containing the WGS-84 reading comes
 * first, since that is what a browser should give; failing that, the one containing the GCJ-02
 * reading. Every other district either reading is in or near is offered in `nearby`, nearest first
 * by the closer of the two readings, so the family can pick their district whichever way their
 * browser reported.
 * @example locateReportedPosition(navigatorPosition, shapes) // { inside: '310101', nearby: ['310115'] }
 */
export function locateReportedPosition(point: LonLat, shapes: readonly DistrictShape[], options: LocateOptions = {}): ReportedLocation {
  const { borderMetres = DEFAULT_BORDER_METRES } = options;
  const asGcj02Point = gcj02ToWgs84(point);
  const asWgs84 = measureDistricts(point, shapes);
  const asGcj02 = measureDistricts(asGcj02Point, shapes);
  const inside = asWgs84.containing[0] ?? asGcj02.containing[0];
  const closerOfTheTwo = new Map(asWgs84.metresByCode);
  for (const [code, metres] of asGcj02.metresByCode) {
    closerOfTheTwo.set(code, Math.min(metres, closerOfTheTwo.get(code) ?? Infinity));
  }
  // Distances are measured from the reading that found the district; when both readings are in a
  // district (most of Shanghai), WGS-84 is what the browser should have given, so it is used.
  const position = asWgs84.containing.length === 0 && asGcj02.containing.length > 0 ? asGcj02Point : point;
  return { inside, nearby: nearbyCodes(closerOfTheTwo, inside, borderMetres), position };
}
