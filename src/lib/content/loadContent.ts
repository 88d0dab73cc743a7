/**
 * Reads every file in content/, validates each record against its schema and checks that every
 * reference resolves. A problem anywhere stops the build with a message naming the file, the record
 * and the field, so a content editor can fix it without reading code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { findPlaceProblems } from '../places/findPlaceProblems.ts';
import { findReferenceProblems } from './findReferenceProblems.ts';
import { loadDivisions } from './loadDivisions.ts';
import { placeKindSchema, placeSchema, type District, type Place, type PlaceKind, type Street } from './placeSchemas.ts';
import { validateRecords } from './validateRecords.ts';
import {
  categorySchema,
  departmentSchema,
  hotlineSchema,
  measureSchema,
  measureSectionSchema,
  searchTermsSchema,
  serviceSchema,
  type Category,
  type Department,
  type Hotline,
  type Measure,
  type MeasureSection,
  type SearchTerms,
  type Service,
} from './schemas.ts';

export interface SiteContent {
  categories: Category[];
  services: Service[];
  measureSections: MeasureSection[];
  measures: Measure[];
  departments: Department[];
  hotlines: Hotline[];
  /** Everyday words for search, one entry a page (content/search-terms.json). */
  searchTerms: SearchTerms[];
  /** Shanghai's 16 districts, in the code list's order (content/divisions/). */
  districts: District[];
  /** Its administrative streets and towns (街道, 镇, 乡), in the code list's order. */
  streets: Street[];
  /** The kinds of place the plan names (content/place-kinds.json), in order. */
  placeKinds: PlaceKind[];
  /** Verified places (content/places.json, written by `npm run places:import`). */
  places: Place[];
}

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
 * Loads and checks everything in `contentDir` (the project's content/ folder).
 * @throws ContentError listing every problem.
 */
export function loadContent(contentDir: string): SiteContent {
  const problems: string[] = [];
  const collection = <S extends z.ZodType>(file: string, kind: string, schema: S) =>
    validateRecords(`content/${file}`, kind, readJson(contentDir, join(contentDir, file), problems), schema, problems);

  const serviceFiles = readdirSync(join(contentDir, 'services'))
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
  const services = serviceFiles.flatMap((name) => {
    const [service] = collection(`services/${name}`, 'service', serviceSchema);
    if (service && `${service.number}.json` !== name) {
      problems.push(`content/services/${name}, service ${service.number}, field "number": the file must be named ${service.number}.json`);
    }
    return service ? [service] : [];
  });

  const { shapes, ...divisions } = loadDivisions(contentDir, problems);
  const content: SiteContent = {
    categories: collection('categories.json', 'category', categorySchema).sort((a, b) => a.order - b.order),
    services,
    measureSections: collection('measure-sections.json', 'section', measureSectionSchema),
    measures: collection('measures.json', 'measure', measureSchema),
    departments: collection('departments.json', 'department', departmentSchema).sort((a, b) => a.order - b.order),
    hotlines: collection('hotlines.json', 'hotline', hotlineSchema).sort((a, b) => a.order - b.order),
    searchTerms: collection('search-terms.json', 'search terms', searchTermsSchema),
    ...divisions,
    placeKinds: collection('place-kinds.json', 'place kind', placeKindSchema).sort((a, b) => a.order - b.order),
    places: collection('places.json', 'place', placeSchema),
  };
  // References are checked only once every record is valid: a record that failed its schema is
  // left out of `content`, and would otherwise be reported again as missing wherever it is named.
  if (problems.length === 0) {
    problems.push(...findReferenceProblems(content));
    const hotlineNumbers = new Set(content.hotlines.flatMap((hotline) => (hotline.number ? [hotline.number] : [])));
    for (const { index, field, message } of findPlaceProblems(content.places, { ...content, hotlineNumbers, shapes })) {
      problems.push(`content/places.json, place "${content.places[index]?.id}", field "${field}": ${message}`);
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
