/**
 * Reads every file in content/, validates each record against its schema and checks that every
 * reference resolves. A problem anywhere stops the build with a message naming the file, the record
 * and the field, so a content editor can fix it without reading code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findNextStepProblems } from '../nextSteps/findNextStepProblems.ts';
import { findPlaceProblems } from '../places/findPlaceProblems.ts';
import { collectionNames, collections, inListOrder, keyOf, type CollectionName, type SiteContent } from './collections.ts';
import { findReferenceProblems } from './findReferenceProblems.ts';
import { findServiceWordingProblems } from './findServiceWordingProblems.ts';
import { loadDivisions, type Divisions } from './loadDivisions.ts';
import { validateRecords } from './validateRecords.ts';

export type { SiteContent } from './collections.ts';

/** Thrown with every problem found, one a line, so that one build shows them all. */
export class ContentError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The content in content/ has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.problems = problems;
    this.name = 'ContentError';
  }
}

function readJson(root: string, path: string, problems: string[]): unknown[] {
  const name = relative(join(root, '..'), path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.push(`${name}: is not valid JSON (${(error as Error).message})`);
    return [];
  }
  return Array.isArray(parsed) ? parsed : [parsed];
}

/**
 * A folder of one record a file, in the order of the numbers the files are named by, each file
 * required to be named by its record's key (`services/3.json`).
 */
function readFolder(contentDir: string, name: CollectionName, folder: string, problems: string[]): unknown[] {
  const { schema, kind, key } = collections[name];
  const files = readdirSync(join(contentDir, folder))
    .filter((file) => file.endsWith('.json'))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  return files.flatMap((file) => {
    const [record] = validateRecords(`content/${folder}/${file}`, kind, readJson(contentDir, join(contentDir, folder, file), problems), schema, problems);
    if (record === undefined) return [];
    const recordKey = keyOf(name, record);
    if (`${recordKey}.json` !== file) {
      problems.push(`content/${folder}/${file}, ${kind} ${recordKey}, field "${key}": the file must be named ${recordKey}.json`);
    }
    return [record];
  });
}

/** One collection's valid records, in the order its source gives them. */
function readCollection(contentDir: string, name: CollectionName, divisions: Divisions, problems: string[]): unknown[] {
  const { source, schema, kind } = collections[name];
  if ('divisions' in source) return divisions[source.divisions];
  if ('folder' in source) return readFolder(contentDir, name, source.folder, problems);
  return validateRecords(`content/${source.file}`, kind, readJson(contentDir, join(contentDir, source.file), problems), schema, problems);
}

/**
 * Loads and checks everything in `contentDir` (the project's content/ folder), every collection
 * declared in collections.ts, each in the order the site lists it.
 * @throws ContentError listing every problem.
 */
export function loadContent(contentDir: string): SiteContent {
  const problems: string[] = [];
  const divisions = loadDivisions(contentDir, problems);
  const asRead = Object.fromEntries(collectionNames.map((name) => [name, readCollection(contentDir, name, divisions, problems)])) as SiteContent;
  // References are checked only once every record is valid: a record that failed its schema is
  // left out, and would otherwise be reported again as missing wherever it is named. They are
  // checked in the files' order, so that a message's position is the record's place in its file.
  if (problems.length === 0) {
    problems.push(...findReferenceProblems(asRead), ...findServiceWordingProblems(asRead), ...findNextStepProblems(asRead));
    const hotlineNumbers = new Set(asRead.hotlines.flatMap((hotline) => (hotline.number ? [hotline.number] : [])));
    for (const { index, field, message } of findPlaceProblems(asRead.places, { ...asRead, hotlineNumbers, shapes: divisions.shapes })) {
      problems.push(`content/places.json, place "${asRead.places[index]?.id}", field "${field}": ${message}`);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return Object.fromEntries(collectionNames.map((name) => [name, inListOrder(name, asRead[name])])) as SiteContent;
}
