/**
 * What "near me" remembers between the districts list and a district's page: the position the phone
 * gave and the districts found for it. It is kept in the tab's sessionStorage only (gone when the
 * tab closes, never in one of the site's URLs, never sent by the site; it leaves the phone only
 * rounded to about 100 m, in an Amap search the family taps: nearMeSearches.ts), and read back
 * warily, since storage can hold anything an older version or another script left there.
 */
import type { LonLat } from './coordinates.ts';

export const storedLocationKey = 'places-location';

export interface StoredLocation {
  /** As the phone reported it: WGS-84 on most browsers. */
  position: LonLat;
  /** The district found for it. */
  district: string;
  /** Neighbouring districts near a border, nearest first. */
  nearby: string[];
}

const isCode = (value: unknown): value is string => typeof value === 'string' && /^31\d{4}$/u.test(value);
const isCoordinate = (value: unknown, limit: number): value is number => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit;

/** The stored location, or undefined when there is none or it is not in the expected shape. */
export function parseStoredLocation(stored: string | null): StoredLocation | undefined {
  if (stored === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { position, district, nearby } = value as Record<string, unknown>;
  if (typeof position !== 'object' || position === null) return undefined;
  const { longitude, latitude } = position as Record<string, unknown>;
  if (!isCoordinate(longitude, 180) || !isCoordinate(latitude, 90) || !isCode(district)) return undefined;
  if (!Array.isArray(nearby) || !nearby.every(isCode)) return undefined;
  return { position: { longitude, latitude }, district, nearby: nearby.filter((code) => code !== district) };
}
