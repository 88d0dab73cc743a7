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
import {
  coordinateSystemAdvice,
  excelNumberAdvice,
  halfWidth,
  invisibleCharactersProblem,
  isScientificNotation,
  normaliseSystem,
  parseCoordinate,
  parseDate,
  parsePhone,
  parseServices,
  shown,
} from './placeCells.ts';
import { apostropheColumns, columnOf, columnOfField, placeCellMaxLength, placeColumns, readHeader, requiredColumns, type PlaceColumn } from './placeColumns.ts';

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
        problems.push({
          position,
          column: undefined,
          message: `column ${index + 1} has ${shown(field.trim())} but no column name in the header: move it, or delete it`,
        });
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
