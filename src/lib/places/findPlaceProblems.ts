/**
 * The checks on places that need more than one record: codes that must exist in the division list,
 * ids and places given twice, phone numbers that must be listed hotlines. Both the build
 * (src/lib/content/loadContent.ts) and the spreadsheet import use them, each naming a problem its own
 * way (by record, or by spreadsheet row).
 */
import type { District, Place, Street } from '../content/placeSchemas.ts';
import { convertCoordinates } from './coordinates.ts';
import { distanceToDistrictMetres, districtsContaining, type DistrictShape } from './districtBoundaries.ts';

/** One problem: which place (its position in the list), which field, and what is wrong. */
export interface PlaceProblem {
  index: number;
  field: string;
  message: string;
}

/** What the places are checked against. */
export interface PlaceCheckContext {
  districts: readonly District[];
  streets: readonly Street[];
  /** The numbers in content/hotlines.json: a short number is only accepted when it is one of them. */
  hotlineNumbers: ReadonlySet<string>;
  /** The district outlines; without them, coordinates are only checked against Shanghai's extent. */
  shapes?: readonly DistrictShape[];
}

/**
 * How far outside its district's simplified outline a place may lie before it is refused. The
 * outlines are simplified to about 100 m, so a place on a border street may fall just outside; a
 * place 500 m out is the GCJ-02/WGS-84 mix-up this check exists to catch.
 */
export const districtToleranceMetres = 300;

/** A short number (no area code, no mobile): it can only be a hotline. */
const isShortNumber = (phone: string) => /^\d{3,6}$/u.test(phone);

/**
 * Every problem across the places: unknown or mismatched division codes, short numbers that are no
 * listed hotline, an id or a place given twice. `nameOf` says how a message names the earlier of two
 * duplicates: by default its position in the list (`place 3`); the spreadsheet import names its row.
 */
export function findPlaceProblems(
  places: readonly Place[],
  context: PlaceCheckContext,
  nameOf: (index: number) => string = (index) => `place ${index + 1}`,
): PlaceProblem[] {
  const problems: PlaceProblem[] = [];
  const districtCodes = new Set(context.districts.map((district) => district.code));
  const streetsByCode = new Map(context.streets.map((street) => [street.code, street]));
  const firstWithId = new Map<string, number>();
  const firstWithName = new Map<string, number>();

  places.forEach((place, index) => {
    const problem = (field: string, message: string) => problems.push({ index, field, message });
    if (!districtCodes.has(place.district)) {
      problem('district', `"${place.district}" is not one of Shanghai's 16 district codes (content/divisions/districts.csv)`);
    }
    if (place.street !== undefined) {
      const street = streetsByCode.get(place.street);
      if (!street) {
        problem(
          'street',
          `"${place.street}" is not a street or town code in content/divisions/streets-towns.csv (development zones and farms are not listed: use the street or town the place is in)`,
        );
      } else if (street.district !== place.district) {
        problem('street', `${street.name} (${street.code}) is in district ${street.district}, not ${place.district}`);
      }
    }
    if (place.location && context.shapes) {
      const message = locationProblem(place, context.shapes, context.districts);
      if (message) problem('location', message);
    }
    if (place.phone !== undefined && isShortNumber(place.phone) && !context.hotlineNumbers.has(place.phone)) {
      problem('phone', `"${place.phone}" is a short number but not a hotline in content/hotlines.json: give the full landline (021-…) or mobile number`);
    }

    const earlierId = firstWithId.get(place.id);
    if (earlierId === undefined) firstWithId.set(place.id, index);
    else problem('id', `"${place.id}" is used twice: also by ${nameOf(earlierId)}`);

    const sameName = `${place.kind}|${place.street ?? place.district}|${place.zh.name}`;
    const earlierName = firstWithName.get(sameName);
    if (earlierName === undefined) firstWithName.set(sameName, index);
    else problem('zh.name', `"${place.zh.name}" is listed twice for the same street or town: also ${nameOf(earlierName)}`);
  });
  return problems;
}

/** Whether the coordinates put the place in its own district, said in a way a data clerk can act on. */
function locationProblem(place: Place, shapes: readonly DistrictShape[], districts: readonly District[]): string | undefined {
  const location = place.location!;
  const wgs84 = convertCoordinates(location, location.system, 'wgs84');
  const own = shapes.find((shape) => shape.code === place.district);
  if (!own || distanceToDistrictMetres(wgs84, own) <= districtToleranceMetres) return undefined;
  const written = `${location.longitude}, ${location.latitude} (${location.system})`;
  const containing = districtsContaining(wgs84, shapes)[0];
  if (!containing) return `${written} is outside Shanghai: check the numbers, and that longitude (about 121) comes before latitude (about 31)`;
  const name = (code: string) => districts.find((district) => district.code === code)?.zh.name ?? code;
  return `${written} lies in ${name(containing)} (${containing}), not in ${name(place.district)} (${place.district}): check the coordinates, and the coordinate system (coordinates from Amap or Tencent maps are gcj02, from Baidu bd09, from GPS wgs84)`;
}
