/**
 * Imports the places spreadsheet (saved as CSV) into content/places.json:
 * `npm run places:import -- places.csv`, or `npm run places:import -- --check places.csv` to check it
 * without writing anything. The spreadsheet is the whole list: the file it writes replaces the old
 * one, and the summary says how many places were added, changed and removed.
 *
 * When any row has any problem, every problem is printed (to stderr), nothing is written, and the
 * exit code is 1; a usage mistake (no file, a file that cannot be read) exits with 2.
 * CONTENT_DIR, as for the build, points it at another content folder (the tests use a copy).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { contentFolder } from '../src/lib/content/contentFolder.ts';
import { parseArgs } from 'node:util';
import { loadDivisions } from '../src/lib/content/loadDivisions.ts';
import { hotlineSchema } from '../src/lib/content/schemas.ts';
import { validateRecords } from '../src/lib/content/validateRecords.ts';
import { isoDate } from '../src/lib/outreach/isoDate.ts';
import { decodeSpreadsheet, SpreadsheetEncodingError } from '../src/lib/places/decodeSpreadsheet.ts';
import { importPlaces } from '../src/lib/places/importPlaces.ts';
import { placeListChanges } from '../src/lib/places/placeListChanges.ts';

const usage = `Usage: npm run places:import -- [--check] <places.csv>

Reads the places spreadsheet, saved as CSV (UTF-8, or Excel's Chinese CSV), checks every row and
writes content/places.json. With --check it only checks. content/README.md describes the columns.`;

function fail(message: string, exitCode: number): never {
  console.error(message);
  process.exit(exitCode);
}

const options = { check: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

function readArguments() {
  try {
    return parseArgs({ allowPositionals: true, options });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
}

const args = readArguments();
if (args.values.help) {
  console.log(usage);
  process.exit(0);
}
if (args.positionals.length !== 1) {
  fail(`${args.positionals.length === 0 ? 'Give the spreadsheet to import.' : 'Give one spreadsheet only.'}\n\n${usage}`, 2);
}
const checkOnly = args.values.check === true;

// npm runs a script in the project folder; INIT_CWD is where the person typed the command, which is
// what a relative path such as ../Downloads/places.csv means.
const spreadsheetPath = resolve(process.env.INIT_CWD ?? process.cwd(), args.positionals[0]!);
const spreadsheetName = basename(spreadsheetPath);
const contentDir = contentFolder();
const placesFile = join(contentDir, 'places.json');

let bytes: Uint8Array;
try {
  bytes = readFileSync(spreadsheetPath);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder, not a file' : (error as Error).message;
  fail(`Cannot read ${spreadsheetPath}: ${reason}.`, 2);
}

let decoded: ReturnType<typeof decodeSpreadsheet>;
try {
  decoded = decodeSpreadsheet(bytes);
} catch (error) {
  if (error instanceof SpreadsheetEncodingError) fail(`${spreadsheetName}: ${error.message}. Nothing was written.`, 1);
  throw error;
}

// The same division list and hotlines the build checks places against.
const contentProblems: string[] = [];
const { districts, streets, shapes } = loadDivisions(contentDir, contentProblems);
let hotlineRecords: unknown[] = [];
try {
  hotlineRecords = JSON.parse(readFileSync(join(contentDir, 'hotlines.json'), 'utf8')) as unknown[];
} catch (error) {
  contentProblems.push(`content/hotlines.json: cannot be read (${(error as Error).message})`);
}
const hotlines = validateRecords('content/hotlines.json', 'hotline', hotlineRecords, hotlineSchema, contentProblems);
if (contentProblems.length > 0) {
  fail(`The content the places are checked against has problems; fix them first:\n- ${contentProblems.join('\n- ')}`, 1);
}

const result = importPlaces(decoded.text, {
  districts,
  streets,
  shapes,
  hotlineNumbers: new Set(hotlines.flatMap((line) => (line.number === undefined ? [] : [line.number]))),
  today: isoDate(new Date(), 'Asia/Shanghai'),
});
if (!result.ok) {
  fail(
    `${spreadsheetName}: ${result.problems.length} problem(s); ${checkOnly ? 'checked only' : 'nothing was written'}:\n- ${result.problems.join('\n- ')}`,
    1,
  );
}

let oldPlaces: unknown[] = [];
if (existsSync(placesFile)) {
  try {
    const parsed: unknown = JSON.parse(readFileSync(placesFile, 'utf8'));
    oldPlaces = Array.isArray(parsed) ? parsed : [];
  } catch (error) {
    console.warn(`The old content/places.json cannot be read (${(error as Error).message}); every place counts as added.`);
  }
}
const changes = placeListChanges(oldPlaces, result.places);
const counted = (label: string, ids: string[]) => `${ids.length} ${label}${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`;
const summary = [counted('added', changes.added), counted('changed', changes.changed), counted('removed', changes.removed)].join(', ');
const encoding = decoded.encoding === 'utf-8' ? 'UTF-8' : 'GBK/GB18030';

if (checkOnly) {
  console.log(`${spreadsheetName} (${encoding}): ${result.places.length} places, every row is right. Nothing was written (--check).`);
  console.log(`Compared with content/places.json, importing it would give: ${summary}.`);
} else {
  // Written beside the old file and then renamed over it, so that an interrupted run leaves the
  // old list whole rather than half a new one.
  const temporary = `${placesFile}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(result.places, null, 2)}\n`);
  renameSync(temporary, placesFile);
  console.log(`${spreadsheetName} (${encoding}): ${result.places.length} places written to content/places.json: ${summary}.`);
}
