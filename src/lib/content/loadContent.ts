/**
 * Reads every file in content/, validates each record against its schema and checks that every
 * reference resolves. A problem anywhere stops the build with a message naming the file, the record
 * and the field, so a content editor can fix it without reading code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { findReferenceProblems } from './findReferenceProblems.ts';
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

/** How a record is named in a message: `service 3`, `department "civil-affairs"`, or its position. */
function describeRecord(kind: string, raw: unknown, index: number): string {
  if (raw && typeof raw === 'object') {
    const { number, id } = raw as { number?: unknown; id?: unknown };
    if (typeof number === 'number') return `${kind} ${number}`;
    if (typeof id === 'string') return `${kind} "${id}"`;
  }
  return `${kind} at position ${index + 1}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('').replace(/^\./u, '');
}

/**
 * Validates records read from one file. Returns the parsed records and adds a line to `problems`
 * for every field that does not fit.
 */
export function validateRecords<S extends z.ZodType>(
  file: string,
  kind: string,
  records: readonly unknown[],
  schema: S,
  problems: string[],
): z.infer<S>[] {
  const valid: z.infer<S>[] = [];
  records.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      valid.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      const field = fieldPath(issue.path);
      problems.push(`${file}, ${describeRecord(kind, raw, index)}${field ? `, field "${field}"` : ''}: ${issue.message}`);
    }
  });
  return valid;
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

  const content: SiteContent = {
    categories: collection('categories.json', 'category', categorySchema).sort((a, b) => a.order - b.order),
    services,
    measureSections: collection('measure-sections.json', 'section', measureSectionSchema),
    measures: collection('measures.json', 'measure', measureSchema),
    departments: collection('departments.json', 'department', departmentSchema).sort((a, b) => a.order - b.order),
    hotlines: collection('hotlines.json', 'hotline', hotlineSchema).sort((a, b) => a.order - b.order),
    searchTerms: collection('search-terms.json', 'search terms', searchTermsSchema),
  };
  // References are checked only once every record is valid: a record that failed its schema is
  // left out of `content`, and would otherwise be reported again as missing wherever it is named.
  if (problems.length === 0) problems.push(...findReferenceProblems(content));
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
