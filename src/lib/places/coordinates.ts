/**
 * The three coordinate systems a place's position can come in, and the conversions between them.
 *
 * - WGS-84: what GPS, OpenStreetMap and (by the W3C Geolocation spec) browsers give.
 * - GCJ-02: the datum Chinese law requires published maps to use. Amap (高德), Tencent's map and
 *   Apple's map inside mainland China are drawn in it; in Shanghai it lies about 500 m from WGS-84.
 * - BD-09: Baidu's own further shift of GCJ-02.
 *
 * The formulas are the widely published ones (as in wandergis/coordtransform and
 * googollee/eviltransform). WGS-84 → GCJ-02 and GCJ-02 ↔ BD-09 are closed forms; GCJ-02 → WGS-84
 * has none, so it is found by iteration.
 */

/** A position in degrees: longitude first, as GeoJSON and Amap write it. */
export type LonLat = { longitude: number; latitude: number };

/** Which datum a position's numbers are in. */
export type CoordinateSystem = 'wgs84' | 'gcj02' | 'bd09';

/** The Krasovsky 1940 ellipsoid, which the GCJ-02 algorithm is written against. */
const KRASOVSKY_SEMI_MAJOR_AXIS = 6378245.0;
// Published as 0.00669342162296594323; a double holds it as this, the same number to the last bit.
const KRASOVSKY_ECCENTRICITY_SQUARED = 0.006693421622965943;

/** BD-09's constant: π × 3000 / 180. */
const BD09_X_PI = (Math.PI * 3000.0) / 180.0;

/**
 * Whether a WGS-84 or GCJ-02 position lies outside the rough bounding box of China that every
 * published implementation uses. GCJ-02 is only defined for China: outside the box it equals WGS-84,
 * so the conversions give the position back unchanged. The box is crude (it takes in parts of
 * neighbouring countries), which does not matter for a site about Shanghai.
 */
function isOutsideChinaBox({ longitude, latitude }: LonLat): boolean {
  return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271;
}

/** The published GCJ-02 latitude polynomial, in the algorithm's own units (x, y: degrees from 105°E, 35°N). */
function shiftPolynomialLatitude(x: number, y: number): number {
  let shift = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  shift += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  shift += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  shift += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320.0 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return shift;
}

/** The published GCJ-02 longitude polynomial, in the same units. */
function shiftPolynomialLongitude(x: number, y: number): number {
  let shift = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  shift += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  shift += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  shift += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return shift;
}

/** How far GCJ-02 lies from WGS-84 at a WGS-84 position, in degrees. */
function gcj02Shift({ longitude, latitude }: LonLat): LonLat {
  const x = longitude - 105.0;
  const y = latitude - 35.0;
  const latitudeRadians = (latitude / 180.0) * Math.PI;
  const sine = Math.sin(latitudeRadians);
  const magic = 1 - KRASOVSKY_ECCENTRICITY_SQUARED * sine * sine;
  const sqrtMagic = Math.sqrt(magic);
  const metresPerRadianOfLatitude = (KRASOVSKY_SEMI_MAJOR_AXIS * (1 - KRASOVSKY_ECCENTRICITY_SQUARED)) / (magic * sqrtMagic);
  const metresPerRadianOfLongitude = (KRASOVSKY_SEMI_MAJOR_AXIS / sqrtMagic) * Math.cos(latitudeRadians);
  return {
    longitude: (shiftPolynomialLongitude(x, y) * 180.0) / (metresPerRadianOfLongitude * Math.PI),
    latitude: (shiftPolynomialLatitude(x, y) * 180.0) / (metresPerRadianOfLatitude * Math.PI),
  };
}

/**
 * A WGS-84 position (GPS, OpenStreetMap) in GCJ-02 (Amap, Tencent, Apple's map in China). Outside
 * China the position comes back unchanged.
 * @example wgs84ToGcj02({ longitude: 116.404, latitude: 39.915 }) // { longitude: 116.41024…, latitude: 39.91640… }
 */
export function wgs84ToGcj02(point: LonLat): LonLat {
  if (isOutsideChinaBox(point)) return { longitude: point.longitude, latitude: point.latitude };
  const shift = gcj02Shift(point);
  return { longitude: point.longitude + shift.longitude, latitude: point.latitude + shift.latitude };
}

/** Below this many degrees (about 1 cm) the inverse stops refining. */
const INVERSE_TOLERANCE_DEGREES = 1e-7;
/** The iteration converges in 2–4 steps in China; the cap only guards against a pathological input. */
const INVERSE_MAX_STEPS = 20;

/**
 * A GCJ-02 position back in WGS-84. The shift varies with position, so the one-step inverse most
 * libraries use (subtract the shift measured at the GCJ-02 point) is off by up to a few metres.
 * Here the guess is corrected until converting it forward lands on the given point within about
 * a centimetre. Outside China the position comes back unchanged.
 * @example gcj02ToWgs84(wgs84ToGcj02({ longitude: 121.4737, latitude: 31.2304 })) // within 1 cm of 121.4737, 31.2304
 */
export function gcj02ToWgs84(point: LonLat): LonLat {
  if (isOutsideChinaBox(point)) return { longitude: point.longitude, latitude: point.latitude };
  let guess = { longitude: point.longitude, latitude: point.latitude };
  for (let step = 0; step < INVERSE_MAX_STEPS; step += 1) {
    const forward = wgs84ToGcj02(guess);
    const errorLongitude = forward.longitude - point.longitude;
    const errorLatitude = forward.latitude - point.latitude;
    guess = { longitude: guess.longitude - errorLongitude, latitude: guess.latitude - errorLatitude };
    if (Math.abs(errorLongitude) < INVERSE_TOLERANCE_DEGREES && Math.abs(errorLatitude) < INVERSE_TOLERANCE_DEGREES) break;
  }
  return guess;
}

/**
 * A GCJ-02 position in Baidu's BD-09.
 * @example gcj02ToBd09({ longitude: 116.404, latitude: 39.915 }) // { longitude: 116.41036…, latitude: 39.92133… }
 */
export function gcj02ToBd09({ longitude, latitude }: LonLat): LonLat {
  const radius = Math.sqrt(longitude * longitude + latitude * latitude) + 0.00002 * Math.sin(latitude * BD09_X_PI);
  const angle = Math.atan2(latitude, longitude) + 0.000003 * Math.cos(longitude * BD09_X_PI);
  return { longitude: radius * Math.cos(angle) + 0.0065, latitude: radius * Math.sin(angle) + 0.006 };
}

/**
 * A BD-09 position (Baidu's map) in GCJ-02. This is the published approximate inverse: across
 * Shanghai it lands within 0.2 m of the exact point, far less than a map pin covers.
 * @example bd09ToGcj02({ longitude: 116.404, latitude: 39.915 }) // { longitude: 116.39762…, latitude: 39.90865… }
 */
export function bd09ToGcj02({ longitude, latitude }: LonLat): LonLat {
  const x = longitude - 0.0065;
  const y = latitude - 0.006;
  const radius = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * BD09_X_PI);
  const angle = Math.atan2(y, x) - 0.000003 * Math.cos(x * BD09_X_PI);
  return { longitude: radius * Math.cos(angle), latitude: radius * Math.sin(angle) };
}

/**
 * A position from one system to another, through GCJ-02 (the only system both others convert to
 * directly). Converting to the same system returns a copy.
 * @example convertCoordinates({ longitude: 121.4737, latitude: 31.2304 }, 'wgs84', 'bd09')
 */
export function convertCoordinates(point: LonLat, from: CoordinateSystem, to: CoordinateSystem): LonLat {
  if (from === to) return { longitude: point.longitude, latitude: point.latitude };
  const gcj02 = from === 'gcj02' ? point : from === 'wgs84' ? wgs84ToGcj02(point) : bd09ToGcj02(point);
  if (to === 'gcj02') return { longitude: gcj02.longitude, latitude: gcj02.latitude };
  return to === 'wgs84' ? gcj02ToWgs84(gcj02) : gcj02ToBd09(gcj02);
}
