/**
 * The places spreadsheet (content/places-template.csv, kept by the district civil servants) read
 * into places: every cell tidied and checked, every row checked against the schema and all rows
 * against each other, and every problem named by the spreadsheet's own row number and column, so a
 * clerk can go straight to the cell. Nothing is accepted unless every row is right.
 */
import { districtLevelKinds, placeKindIds, placeSchema, shanghaiExtent, type Place, type PlaceKindId } from '../content/placeSchemas.ts';
import { findPlaceProblems, type PlaceCheckContext } from './findPlaceProblems.ts';
import { normaliseOpeningHours, openingHoursProblem } from './openingHours.ts';
import { CsvSyntaxError, parseCsv, type CsvRow } from './parseCsv.ts';
import { normalisePlacePhone } from './placePhone.ts';

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

/** What the rows are checked against. */
export interface PlaceImportContext extends PlaceCheckContext {
  /** Today in Shanghai (YYYY-MM-DD): a `verified_on` after it is a typo. Not checked when absent. */
  today?: string;
}

export type PlaceImportResult = { ok: true; places: Place[] } | { ok: false; problems: string[] };

/** Where a problem is: the row as the spreadsheet numbers it (header = row 1) and the file's line. */
interface RowPosition {
  row: number;
  line: number;
}

interface CellProblem {
  column: PlaceColumn | undefined;
  message: string;
}

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

const columnOf = (path: readonly PropertyKey[]): PlaceColumn | undefined =>
  columnOfPath[path.filter((part) => typeof part === 'string').join('.')] ?? columnOfPath[String(path[0])];

/** The spreadsheet column of a field findPlaceProblems names. */
const columnOfField: Record<string, PlaceColumn> = { district: 'district_code', street: 'street_code', phone: 'phone', id: 'id', 'zh.name': 'name_zh', location: 'longitude' };

/** Columns that are never empty; street_code too, except for a district-level kind. */
const requiredColumns: readonly PlaceColumn[] = ['id', 'kind', 'name_zh', 'name_en', 'district_code', 'address_zh', 'source_url', 'verified_on'];

/**
 * Columns of numbers and codes, where a leading `'` can only be the mark Excel users type to keep a
 * leading zero or stop a number being reformatted; it is dropped there. In names and addresses it
 * is kept, since there it may be meant.
 */
const apostropheColumns = new Set<PlaceColumn>(['district_code', 'street_code', 'longitude', 'latitude', 'phone', 'services', 'verified_on']);

/** Names of the invisible characters people meet most, for messages. */
const invisibleCharacterNames: Record<number, string> = {
  0x09: 'tab',
  0x0a: 'line break',
  0x0d: 'line break',
  0xad: 'soft hyphen',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero width no-break space (byte order mark)',
};

/**
 * Control and format characters (Unicode Cc, Cf) and the line/paragraph separators: none belongs
 * in a name, an address or a code, and some (U+202E) make text display in another order than it
 * is stored, so that what a reviewer reads is not what the site shows.
 */
const invisibleCharacter = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

function invisibleCharactersProblem(cell: string): string | undefined {
  const found = [...new Set(cell.match(invisibleCharacter) ?? [])];
  if (found.length === 0) return undefined;
  const named = found.map((character) => {
    const code = character.codePointAt(0)!;
    const name = invisibleCharacterNames[code] ?? (/\p{Cc}/u.test(character) ? 'control character' : 'invisible formatting character');
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${name})`;
  });
  return `contains ${named.join(', ')}, which a cell may not hold: retype the cell on one line (invisible characters can hide text or show it in another order)`;
}

/** A value as a message shows it: quoted, and cut short so that one bad cell cannot flood the report. */
function shown(value: string): string {
  const characters = [...value];
  return `"${characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : value}"`;
}

/** Full-width digits and signs, as a Chinese input method types them, as ASCII. */
const halfWidth = (value: string) =>
  value.replace(/[０-９．－＋]/gu, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0)).replace(/。/gu, '.');

/** Excel shows a long number it was not told is text as 1.38E+10, and saves the CSV that way. */
const isScientificNotation = (value: string) => /^\d+(?:\.\d+)?E\+\d+$/iu.test(value);
const excelNumberAdvice = 'Excel has turned it into a rounded number: format the column as Text, type the value again and save';

/** A coordinate needs 4 decimal places (about 10 m) to find the door within a 15-minute walk. */
const minimumDecimals = 4;

function parseCoordinate(value: string): number | string {
  if (/[,，]/u.test(value)) return `${shown(value)} holds two numbers: put the longitude in "longitude" and the latitude in "latitude"`;
  if (!/^-?\d+(?:\.\d+)?$/u.test(value)) return `${shown(value)} is not a number: write decimal degrees, e.g. 121.4737 (not degrees, minutes and seconds)`;
  const decimals = value.split('.')[1]?.length ?? 0;
  if (decimals < minimumDecimals) {
    return `${shown(value)} is too rough to find the door (${decimals} decimal places): copy at least ${minimumDecimals} from the map, e.g. 121.4737`;
  }
  return Number(value);
}

/** `gcj02`, `GCJ-02`, `gcj 02` … all name the same system. */
const normaliseSystem = (value: string) => value.toLowerCase().replace(/[\s_-]/gu, '');
const coordinateSystemAdvice =
  'write gcj02 for coordinates from Amap (高德), Tencent (腾讯) or Apple Maps in China, bd09 from Baidu (百度), wgs84 from GPS or OpenStreetMap';

/** Dates as clerks and Excel write them, year first: 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日. */
function parseDate(value: string): string | { problem: string } {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(value) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u.exec(value);
  if (!match) return { problem: `${shown(value)} is not a date written year first: write it as 2026-03-01` };
  const [, year, month, day] = match;
  return `${year!}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

function parseServices(value: string): number[] | string {
  const numbers: number[] = [];
  for (const item of value.split(/[;,，、；\s]+/u).filter(Boolean)) {
    if (!/^\d+$/u.test(item)) return `${shown(item)} is not a service number: write numbers from the list of 42 services separated by ;, e.g. 35;36`;
    const number = Number(item);
    if (number < 1 || number > 42) return `${number} is not a service on the list: the services are numbered 1 to 42`;
    if (!numbers.includes(number)) numbers.push(number);
  }
  return numbers.sort((a, b) => a - b);
}

function parsePhone(value: string): string | { problem: string } {
  if (isScientificNotation(value)) return { problem: `${shown(value)}: ${excelNumberAdvice}` };
  if (/[/、;；,，]|转|ext/iu.test(value)) return { problem: `${shown(value)}: give one number only, without extensions` };
  return (
    normalisePlacePhone(value) ?? {
      problem: `${shown(value)} is not a phone number the site can dial: write a Shanghai landline (021-12345678 or 12345678), a mobile number (13812345678) or a hotline listed in content/hotlines.json`,
    }
  );
}

/** One data row's cells, read into what the schema expects, with the problems found on the way. */
function readRow(
  cells: ReadonlyMap<PlaceColumn, string>,
  context: PlaceImportContext,
): { place: Place | undefined; input: Record<string, unknown>; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const reported = new Set<PlaceColumn>();
  const problem = (column: PlaceColumn, message: string) => {
    problems.push({ column, message });
    reported.add(column);
  };

  const value = new Map<PlaceColumn, string>();
  for (const column of placeColumns) {
    const raw = cells.get(column) ?? '';
    const invisible = invisibleCharactersProblem(raw);
    if (invisible) {
      problem(column, invisible);
      continue;
    }
    let cell = raw.trim();
    if (apostropheColumns.has(column)) cell = cell.replace(/^'/u, '').trim();
    const length = [...cell].length;
    if (length > placeCellMaxLength[column]) {
      problem(column, `is too long (${length} characters): at most ${placeCellMaxLength[column]} are allowed`);
      continue;
    }
    if (cell !== '') value.set(column, cell);
  }
  const given = (column: PlaceColumn) => (reported.has(column) ? undefined : value.get(column));

  const kind = given('kind');
  if (kind !== undefined && !placeKindIds.includes(kind as PlaceKindId)) {
    problem('kind', `${shown(kind)} is not a kind of place: write one of ${placeKindIds.join(', ')}`);
  }
  const districtLevel = kind !== undefined && districtLevelKinds.includes(kind as PlaceKindId);
  for (const column of [...requiredColumns, ...(districtLevel || kind === undefined ? [] : (['street_code'] as const))]) {
    if (!reported.has(column) && !value.has(column)) problem(column, 'is empty: this column must be filled in');
  }

  const code = (column: 'district_code' | 'street_code') => {
    const written = given(column);
    if (written === undefined) return undefined;
    if (isScientificNotation(written)) {
      problem(column, `${shown(written)}: ${excelNumberAdvice}`);
      return undefined;
    }
    return halfWidth(written);
  };
  const district = code('district_code');
  const street = code('street_code');

  let location: Record<string, unknown> | undefined;
  const longitudeText = given('longitude');
  const latitudeText = given('latitude');
  if (longitudeText !== undefined || latitudeText !== undefined) {
    if (longitudeText === undefined && !reported.has('longitude')) problem('longitude', 'is empty but latitude is given: give both, or neither');
    if (latitudeText === undefined && !reported.has('latitude')) problem('latitude', 'is empty but longitude is given: give both, or neither');
    const longitude = longitudeText === undefined ? undefined : parseCoordinate(halfWidth(longitudeText));
    const latitude = latitudeText === undefined ? undefined : parseCoordinate(halfWidth(latitudeText));
    if (typeof longitude === 'string') problem('longitude', longitude);
    if (typeof latitude === 'string') problem('latitude', latitude);
    const system = given('coordinate_system');
    if (system === undefined && !reported.has('coordinate_system')) problem('coordinate_system', `missing coordinate system: ${coordinateSystemAdvice}`);
    else if (system !== undefined && !['wgs84', 'gcj02', 'bd09'].includes(normaliseSystem(system))) {
      problem('coordinate_system', `${shown(system)} is not a coordinate system: ${coordinateSystemAdvice}`);
    }
    const inRange = (number: number, from: number, to: number) => number >= from && number <= to;
    if (
      typeof longitude === 'number' &&
      typeof latitude === 'number' &&
      inRange(longitude, shanghaiExtent.south, shanghaiExtent.north) &&
      inRange(latitude, shanghaiExtent.west, shanghaiExtent.east)
    ) {
      problem('longitude', `${longitude} and latitude ${latitude} are swapped: in Shanghai the longitude is about 121 and the latitude about 31`);
      reported.add('latitude');
    }
    if (typeof longitude === 'number' && typeof latitude === 'number') {
      location = { longitude, latitude, system: system === undefined ? undefined : normaliseSystem(system) };
    }
  }

  const phoneText = given('phone');
  const phone = phoneText === undefined ? undefined : parsePhone(halfWidth(phoneText));
  if (typeof phone === 'object') problem('phone', phone.problem);

  const hours = given('opening_hours');
  const servicesText = given('services');
  const services = servicesText === undefined ? [] : parseServices(halfWidth(servicesText));
  if (typeof services === 'string') problem('services', services);

  const dateText = given('verified_on');
  const verified = dateText === undefined ? undefined : parseDate(halfWidth(dateText));
  if (typeof verified === 'object') problem('verified_on', verified.problem);
  else if (verified !== undefined && context.today !== undefined && verified > context.today) {
    problem('verified_on', `${verified} is in the future: write the day a person checked the row`);
  }

  const input = {
    id: given('id'),
    kind,
    district,
    street,
    zh: { name: given('name_zh'), address: given('address_zh') },
    en: { name: given('name_en'), address: given('address_en') },
    location,
    phone: typeof phone === 'string' ? phone : undefined,
    openingHours: hours !== undefined && openingHoursProblem(hours) === undefined ? normaliseOpeningHours(hours) : hours,
    services: typeof services === 'string' ? [] : services,
    source: given('source_url'),
    verified: typeof verified === 'string' ? verified : undefined,
  };

  const checked = placeSchema.safeParse(input);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const column = columnOf(issue.path);
      // A cell already reported above would otherwise be named twice, once in the schema's words.
      if (column && reported.has(column)) continue;
      problems.push({ column, message: issue.message });
      if (column) reported.add(column);
    }
  }
  return { place: checked.success && problems.length === 0 ? checked.data : undefined, input, problems };
}

/** How the header row maps onto columns, or what is wrong with it. */
function readHeader(header: CsvRow): { columns: (PlaceColumn | undefined)[]; problems: string[] } {
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

/** Places in the order content/places.json keeps them: by district, street or town, kind, id. */
export function comparePlaces(a: Place, b: Place): number {
  return (
    a.district.localeCompare(b.district) ||
    (a.street ?? '').localeCompare(b.street ?? '') ||
    placeKindIds.indexOf(a.kind) - placeKindIds.indexOf(b.kind) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * Reads the places spreadsheet, exported as CSV text. The first row must name the columns
 * (`placeColumns`, in any order); every other row that is not empty is a place. Cells are trimmed
 * and an empty cell means "not given". The places come back sorted (`comparePlaces`), or, when any
 * row has any problem, no places and every problem, one a line:
 * `row 7 (line 7), field "phone": "12a" is not a phone number the site can dial: …`.
 * The row is the spreadsheet's own row number (the header is row 1), so a clerk can go straight to
 * it; the line is the file's, which differs only after a cell holding a line break.
 * @example importPlaces('id,kind,…\n…', { districts, streets, hotlineNumbers: new Set(['12355']) })
 */
export function importPlaces(text: string, context: PlaceImportContext): PlaceImportResult {
  let rows: CsvRow[];
  try {
    rows = parseCsv(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, problems: [error.message] };
    throw error;
  }
  const [header, ...dataRows] = rows;
  if (!header) return { ok: false, problems: ['the file is empty: its first row must name the columns, as content/places-template.csv does'] };
  const { columns, problems: headerProblems } = readHeader(header);
  if (headerProblems.length > 0) return { ok: false, problems: headerProblems };

  const problems: { position: RowPosition; column: PlaceColumn | undefined; message: string }[] = [];
  const places: Place[] = [];
  const positions: RowPosition[] = [];
  // parseCsv counts the file's lines; a spreadsheet counts a cell's line breaks as one row.
  let lineBreaksInCells = header.fields.join('').split('\n').length - 1;
  for (const row of dataRows) {
    const position = { row: row.line - lineBreaksInCells, line: row.line };
    lineBreaksInCells += row.fields.join('').split('\n').length - 1;
    if (row.fields.every((field) => field.trim() === '')) continue;

    const cells = new Map<PlaceColumn, string>();
    row.fields.forEach((field, index) => {
      const column = columns[index];
      if (column) cells.set(column, field);
      else if (field.trim() !== '') {
        problems.push({ position, column: undefined, message: `column ${index + 1} has ${shown(field.trim())} but no column name in the header: move it, or delete it` });
      }
    });
    const read = readRow(cells, context);
    for (const found of read.problems) problems.push({ position, ...found });
    if (read.place) {
      places.push(read.place);
      positions.push(position);
    } else {
      // A row that failed its schema still gets the checks against the division list and the
      // hotlines, on the cells that passed, so that one run names every problem of the row.
      const reported = new Set(read.problems.map((found) => found.column));
      for (const { field, message } of findPlaceProblems([read.input as Place], context)) {
        const column = columnOfField[field];
        if (column && !reported.has(column)) problems.push({ position, column, message });
      }
    }
  }

  const rowOf = (index: number) => `row ${positions[index]!.row}`;
  for (const { index, field, message } of findPlaceProblems(places, context, rowOf)) {
    problems.push({ position: positions[index]!, column: columnOfField[field], message });
  }

  if (problems.length > 0) {
    const order = (column: PlaceColumn | undefined) => (column === undefined ? -1 : placeColumns.indexOf(column));
    problems.sort((a, b) => a.position.row - b.position.row || order(a.column) - order(b.column));
    return {
      ok: false,
      problems: problems.map(
        ({ position, column, message }) => `row ${position.row} (line ${position.line})${column ? `, field "${column}"` : ''}: ${message}`,
      ),
    };
  }
  return { ok: true, places: places.sort(comparePlaces) };
}
