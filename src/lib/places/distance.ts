/**
 * How far a place is, in metres and in minutes on foot. The plan speaks of "15-minute" circles (the
 * 15分钟就业服务圈 of measure 16) without a distance; the site takes a 15-minute walk as about 1 km,
 * as the issue that specified this feature does.
 * Both positions must be in the same coordinate system (in practice WGS-84).
 */
import type { LonLat } from './coordinates.ts';

/** The mean Earth radius (IUGG), in metres. */
const EARTH_MEAN_RADIUS_METRES = 6371008.8;

/** A 15-minute circle taken as 1000 m in 15 minutes, i.e. 4 km/h, an unhurried pace with a child. */
const CIRCLE_METRES = 1000;
const CIRCLE_MINUTES = 15;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * The great-circle (haversine) distance between two positions, in metres. On a sphere, so within
 * about 0.5 % of the true distance, which is plenty for "how far is it to walk".
 * @example distanceMetres({ longitude: 121.4737, latitude: 31.2304 }, { longitude: 121.4737, latitude: 32.2304 }) // ≈ 111195
 */
export function distanceMetres(a: LonLat, b: LonLat): number {
  const latitudeDifference = toRadians(b.latitude - a.latitude);
  const longitudeDifference = toRadians(b.longitude - a.longitude);
  const haversine =
    Math.sin(latitudeDifference / 2) ** 2 + Math.cos(toRadians(a.latitude)) * Math.cos(toRadians(b.latitude)) * Math.sin(longitudeDifference / 2) ** 2;
  // min() because rounding can push the value a hair above 1 for antipodal points, and asin(>1) is NaN.
  return 2 * EARTH_MEAN_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(haversine)));
}

/**
 * Whole minutes on foot for a straight-line distance, at 1000 m per 15 minutes. Rounded
 * up, so a family is never told less than it takes; at least 1, since "0 minutes" reads as an error.
 * The distance is first rounded to whole metres: the positions are not finer than that, and it keeps
 * 1000.0000001 m (a floating-point accident) at 15 minutes.
 * @example walkingMinutes(1000) // 15
 * @example walkingMinutes(1001) // 16
 * @example walkingMinutes(0) // 1
 */
export function walkingMinutes(metres: number): number {
  if (!Number.isFinite(metres) || metres < 0) {
    throw new RangeError(`walkingMinutes needs a distance of 0 m or more, not ${metres}`);
  }
  // Multiply before dividing: 1000 / (1000 / 15) is 15.000000000000002 in floating point.
  return Math.max(1, Math.ceil((Math.round(metres) * CIRCLE_MINUTES) / CIRCLE_METRES));
}

/** One item with how far it is. */
export interface ItemAtDistance<T> {
  item: T;
  /** Straight-line distance in metres. */
  metres: number;
  /** Whole minutes on foot, as {@link walkingMinutes} gives them. */
  minutes: number;
}

/**
 * Items nearest first, each with its distance and walking time. Items `locate` gives no position
 * for are left out (a place without coordinates cannot be placed in a circle). Items at the same
 * distance keep their given order, so a list sorted by name stays sorted by name within a tie.
 * @example sortByDistance(here, places, (place) => place.location)
 */
export function sortByDistance<T>(from: LonLat, items: readonly T[], locate: (item: T) => LonLat | undefined): ItemAtDistance<T>[] {
  const located: ItemAtDistance<T>[] = [];
  for (const item of items) {
    const position = locate(item);
    if (position === undefined) continue;
    const metres = distanceMetres(from, position);
    located.push({ item, metres, minutes: walkingMinutes(metres) });
  }
  // Array.prototype.sort is stable (ES2019), which is what keeps ties in their given order.
  return located.sort((a, b) => a.metres - b.metres);
}
