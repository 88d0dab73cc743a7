import type { SiteContent } from './loadContent.ts';
import { officeKindIds } from './placeSchemas.ts';

/** Each item of `values` that occurs more than once. */
function repeated<T>(values: readonly T[]): T[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

/**
 * Every reference between collections that does not resolve, every id used twice, and every gap in
 * the official numbering, as messages naming the file, the record and the field.
 */
export function findReferenceProblems(content: SiteContent): string[] {
  const problems: string[] = [];
  const departmentIds = new Set(content.departments.map((department) => department.id));
  const hotlineIds = new Set(content.hotlines.map((hotline) => hotline.id));
  const measureNumbers = new Set(content.measures.map((measure) => measure.number));
  const sectionNumbers = new Set(content.measureSections.map((section) => section.number));
  const categoryIds = new Set(content.categories.map((category) => category.id));

  const missing = (where: string, field: string, value: string | number, target: string) =>
    problems.push(`${where}, field "${field}": "${value}" is not in ${target}`);

  for (const service of content.services) {
    const where = `content/services/${service.number}.json, service ${service.number}`;
    if (!categoryIds.has(service.category)) missing(where, 'category', service.category, 'content/categories.json');
    service.departments.forEach((id, i) => departmentIds.has(id) || missing(where, `departments[${i}]`, id, 'content/departments.json'));
    service.measures.forEach((n, i) => measureNumbers.has(n) || missing(where, `measures[${i}]`, n, 'content/measures.json'));
    service.hotlines.forEach((id, i) => hotlineIds.has(id) || missing(where, `hotlines[${i}]`, id, 'content/hotlines.json'));
  }
  for (const measure of content.measures) {
    const where = `content/measures.json, measure ${measure.number}`;
    if (!sectionNumbers.has(measure.section)) missing(where, 'section', measure.section, 'content/measure-sections.json');
    measure.departments.forEach((id, i) => departmentIds.has(id) || missing(where, `departments[${i}]`, id, 'content/departments.json'));
  }
  for (const hotline of content.hotlines) {
    const where = `content/hotlines.json, hotline "${hotline.id}"`;
    hotline.departments.forEach((id, i) => departmentIds.has(id) || missing(where, `departments[${i}]`, id, 'content/departments.json'));
    hotline.measures.forEach((n, i) => measureNumbers.has(n) || missing(where, `measures[${i}]`, n, 'content/measures.json'));
  }

  for (const kind of content.placeKinds) {
    const where = `content/place-kinds.json, place kind "${kind.id}"`;
    kind.measures.forEach((n, i) => measureNumbers.has(n) || missing(where, `measures[${i}]`, n, 'content/measures.json'));
  }
  for (const id of repeated(content.placeKinds.map((k) => k.id))) problems.push(`content/place-kinds.json, place kind "${id}", field "id": is used twice`);
  // Other pages link to a search by its id, so every declared kind must be there, once.
  const officeFile = 'content/office-kinds.json';
  for (const id of repeated(content.officeKinds.map((k) => k.id))) problems.push(`${officeFile}, office kind "${id}", field "id": is used twice`);
  for (const id of officeKindIds) if (!content.officeKinds.some((k) => k.id === id)) problems.push(`${officeFile}: office kind "${id}" is missing`);
  for (const order of repeated(content.officeKinds.map((k) => k.order))) problems.push(`${officeFile}: two office kinds have order ${order}: give each its own place`);

  const numbering = (file: string, kind: string, numbers: number[], count: number) => {
    for (const n of repeated(numbers)) problems.push(`${file}, ${kind} ${n}, field "number": is used more than once`);
    for (let n = 1; n <= count; n += 1) if (!numbers.includes(n)) problems.push(`${file}: ${kind} ${n} is missing`);
  };
  numbering('content/services/', 'service', content.services.map((s) => s.number), 42);
  numbering('content/measures.json', 'measure', content.measures.map((m) => m.number), 32);
  numbering('content/measure-sections.json', 'section', content.measureSections.map((s) => s.number), 4);

  problems.push(...findSearchTermProblems(content));
  problems.push(...findCrisisProblems(content));

  for (const id of repeated(content.departments.map((d) => d.id))) problems.push(`content/departments.json, department "${id}", field "id": is used twice`);
  for (const id of repeated(content.hotlines.map((h) => h.id))) problems.push(`content/hotlines.json, hotline "${id}", field "id": is used twice`);
  for (const name of repeated(content.departments.flatMap((d) => d.zh.shortNames))) {
    problems.push(`content/departments.json: the short name "${name}" is given to more than one department`);
  }
  return problems;
}

/** Search terms must lead somewhere that exists, once a target, and every service needs some. */
function findSearchTermProblems(content: SiteContent): string[] {
  const problems: string[] = [];
  const file = 'content/search-terms.json';
  const exists: Record<string, (key: string) => boolean> = {
    service: (key) => content.services.some((s) => String(s.number) === key),
    measure: (key) => content.measures.some((m) => String(m.number) === key),
    hotline: (key) => content.hotlines.some((h) => h.id === key),
    department: (key) => content.departments.some((d) => d.id === key),
    category: (key) => content.categories.some((c) => c.id === key),
    page: () => true, // the schema already allows only the site's own pages
  };
  content.searchTerms.forEach((entry, index) => {
    const [kind, key] = entry.target.split(':') as [string, string];
    if (!exists[kind]?.(key)) problems.push(`${file}, entry ${index + 1}, field "target": "${entry.target}" is not in the content`);
  });
  for (const target of repeated(content.searchTerms.map((entry) => entry.target))) {
    problems.push(`${file}: "${target}" has more than one entry; put all its terms in one`);
  }
  for (const service of content.services) {
    if (!content.searchTerms.some((entry) => entry.target === `service:${service.number}`)) {
      problems.push(`${file}: service ${service.number} has no search terms; add the everyday words people use for it`);
    }
  }
  return problems;
}

/**
 * The crisis list may suggest only the plan's own lines (never 110, 120 or 12345, which the answer
 * gives by itself), and a word stands in one group only, so it is clear what it answers.
 */
function findCrisisProblems(content: SiteContent): string[] {
  const problems: string[] = [];
  const file = 'content/crisis-words.json';
  for (const group of content.crisisGroups) {
    for (const field of ['lines', 'childLines'] as const) {
      for (const id of group[field]) {
        const line = content.hotlines.find((h) => h.id === id);
        if (!line?.number || line.kind !== 'plan') problems.push(`${file}, crisis group "${group.id}", field "${field}": "${id}" is not one of the plan's hotlines with a number`);
      }
    }
    if (group.tier === 'child' && group.lines.length + group.childLines.length > 0) problems.push(`${file}, crisis group "${group.id}": a child group suggests no line`);
  }
  for (const word of repeated(content.crisisGroups.flatMap((g) => g.words.map((w) => w.word)))) problems.push(`${file}: the word "${word}" stands in more than one group`);
  return problems;
}
