/**
 * The district outlines in the compact form the browser downloads (/district-boundaries.json), and
 * back.
 */
import type { LonLat } from './coordinates.ts';
import type { DistrictShape } from './districtBoundaries.ts';

/**
 * The same outline as the browser downloads it: each ring a flat `[lon, lat, lon, lat, …]` array at
 * 4 decimals (about 10 m, finer than the 100 m simplification), so the file stays small.
 */
export type CompactDistrictShape = { code: string; polygons: number[][][] };

const COMPACT_DECIMALS_FACTOR = 1e4;

const roundForCompact = (degrees: number) => Math.round(degrees * COMPACT_DECIMALS_FACTOR) / COMPACT_DECIMALS_FACTOR;

/**
 * Outlines in the compact form the browser downloads (for this file about 15 % smaller than the
 * GeoJSON, which also carries names and metadata the browser does not need).
 * @example compactShapes([{ code: '310101', rings: [[[{ longitude: 121.49031, latitude: 31.24409 }, …]]] }])
 * // [{ code: '310101', polygons: [[[121.4903, 31.2441, …]]] }]
 */
export function compactShapes(shapes: readonly DistrictShape[]): CompactDistrictShape[] {
  return shapes.map(({ code, rings }) => ({
    code,
    polygons: rings.map((polygon) => polygon.map((ring) => ring.flatMap(({ longitude, latitude }) => [roundForCompact(longitude), roundForCompact(latitude)]))),
  }));
}

/**
 * Whether a value read from the network is the compact outlines the build writes: a damaged or
 * half-cached file must be refused, not searched, or it would tell a family it is not in Shanghai.
 * `codes` are the districts the page knows; every one must have an outline, and nothing else.
 */
export function isCompactShapes(value: unknown, codes: readonly string[]): value is CompactDistrictShape[] {
  if (!Array.isArray(value) || value.length !== codes.length) return false;
  const seen = new Set<string>();
  for (const shape of value as unknown[]) {
    if (typeof shape !== 'object' || shape === null) return false;
    const { code, polygons } = shape as { code?: unknown; polygons?: unknown };
    if (typeof code !== 'string' || !codes.includes(code) || seen.has(code)) return false;
    seen.add(code);
    if (!Array.isArray(polygons) || polygons.length === 0) return false;
    for (const polygon of polygons as unknown[]) {
      if (!Array.isArray(polygon) || polygon.length === 0) return false;
      for (const ring of polygon as unknown[]) {
        if (!Array.isArray(ring) || ring.length < 8 || ring.length % 2 !== 0) return false;
        if (!ring.every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
      }
    }
  }
  return true;
}

/**
 * Outlines back from the compact form. Throws when a ring has an odd count of numbers, which
 * would pair every latitude with the next longitude.
 */
export function expandShapes(compact: readonly CompactDistrictShape[]): DistrictShape[] {
  return compact.map(({ code, polygons }) => ({
    code,
    rings: polygons.map((polygon) =>
      polygon.map((flat) => {
        if (flat.length % 2 !== 0) {
          throw new Error(`Compact district ${code}: a ring has an odd count of numbers (${flat.length})`);
        }
        const ring: LonLat[] = [];
        for (let i = 0; i < flat.length; i += 2) ring.push({ longitude: flat[i]!, latitude: flat[i + 1]! });
        return ring;
      }),
    ),
  }));
}
