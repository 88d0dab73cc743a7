/**
 * The places spreadsheet's columns (content/places-template.csv): their names and limits, where
 * each schema field comes from, and the header row read onto them.
 */
import type { CsvRow } from './parseCsv.ts';
import { invisibleCharactersProblem, shown } from './placeCells.ts';

/** The spreadsheet's columns, in the template's order. The header must name every one, in any order. */
export const placeColumns = [
  'id',
  'kind',
  'name_zh',
  'name_en',
  'district_code',
  'street_code',
  'address_zh',
  'address_en',
  'longitude',
  'latitude',
  'coordinate_system',
  'phone',
  'opening_hours',
  'services',
  'source_url',
  'verified_on',
] as const;
export type PlaceColumn = (typeof placeColumns)[number];

/**
 * The most characters a cell may hold. Names and addresses are kept to what fits a phone screen
 * and a printed sheet; the rest are generous limits for their form, there so that a pasted page of
 * text is caught instead of carried onto the site.
 */
export const placeCellMaxLength: Readonly<Record<PlaceColumn, number>> = {
  id: 80,
  kind: 40,
  name_zh: 60,
  name_en: 60,
  district_code: 20,
  street_code: 20,
  address_zh: 120,
  address_en: 120,
  longitude: 30,
  latitude: 30,
  coordinate_system: 20,
  phone: 40,
  opening_hours: 200,
  services: 200,
  source_url: 500,
  verified_on: 30,
};

/** Where a schema path's value comes from in the spreadsheet. */
const columnOfPath: Record<string, PlaceColumn> = {
  id: 'id',
  kind: 'kind',
  district: 'district_code',
  street: 'street_code',
  'zh.name': 'name_zh',
  'zh.address': 'address_zh',
  'en.name': 'name_en',
  'en.address': 'address_en',
  location: 'longitude',
  'location.longitude': 'longitude',
  'location.latitude': 'latitude',
  'location.system': 'coordinate_system',
  phone: 'phone',
  openingHours: 'opening_hours',
  services: 'services',
  source: 'source_url',
  verified: 'verified_on',
};

export const columnOf = (path: readonly PropertyKey[]): PlaceColumn | undefined =>
  columnOfPath[path.filter((part) => typeof part === 'string').join('.')] ?? columnOfPath[String(path[0])];

/** The spreadsheet column of a field findPlaceProblems names. */
export const columnOfField: Record<string, PlaceColumn> = {
  district: 'district_code',
  street: 'street_code',
  phone: 'phone',
  id: 'id',
  'zh.name': 'name_zh',
  location: 'longitude',
};

/** Columns that are never empty; street_code too, except for a district-level kind. */
export const requiredColumns: readonly PlaceColumn[] = ['id', 'kind', 'name_zh', 'name_en', 'district_code', 'address_zh', 'source_url', 'verified_on'];

/**
 * Columns of numbers and codes, where a leading `'` can only be the mark Excel users type to keep a
 * leading zero or stop a number being reformatted; it is dropped there. In names and addresses it
 * is kept, since there it may be meant.
 */
export const apostropheColumns = new Set<PlaceColumn>(['district_code', 'street_code', 'longitude', 'latitude', 'phone', 'services', 'verified_on']);

/** How the header row maps onto columns, or what is wrong with it. */
export function readHeader(header: CsvRow): { columns: (PlaceColumn | undefined)[]; problems: string[] } {
  const problems: string[] = [];
  const columns = header.fields.map((field, index): PlaceColumn | undefined => {
    const name = field.replace(/^\uFEFF/u, '').trim();
    if (name === '') return undefined;
    const invisible = invisibleCharactersProblem(name);
    if (invisible) {
      problems.push(`row 1 (line ${header.line}): column ${index + 1}'s name ${invisible}`);
      return undefined;
    }
    if ((placeColumns as readonly string[]).includes(name)) return name as PlaceColumn;
    const meant = placeColumns.find((column) => column === name.toLowerCase().replace(/[\s-]+/gu, '_'));
    problems.push(
      meant
        ? `row 1 (line ${header.line}): column ${index + 1} is headed ${shown(name)}: write it exactly "${meant}"`
        : `row 1 (line ${header.line}): column ${index + 1}, ${shown(name)}, is not a column of the places list: the columns are ${placeColumns.join(', ')}`,
    );
    return undefined;
  });
  for (const column of placeColumns) {
    const count = columns.filter((named) => named === column).length;
    if (count > 1) problems.push(`row 1 (line ${header.line}): the column "${column}" is there ${count} times: keep one`);
    if (count === 0 && !problems.some((message) => message.includes(`"${column}"`))) {
      problems.push(`row 1 (line ${header.line}): the column "${column}" is missing: copy the header row from content/places-template.csv`);
    }
  }
  return { columns, problems };
}
