/**
 * Every text the site shows in both languages, as pairs of the Chinese and the site's English for
 * it, each named by file, record and field as a content editor would look for it. The glossary
 * check (findGlossaryProblems.ts) reads them. Left out: the plan's own words with no English
 * beside them (eligibility's cited words, sources' excerpts), search words (lists, not
 * translations of each other) and places (names as each place's source gives them).
 */
import { collections, type CollectionName, type SiteContent } from './collections.ts';

export interface TranslatedText {
  /** Where the English stands: `content/services/3.json, service 3, field "en.name"`. */
  where: string;
  zh: string;
  en: string;
}

/** The locale files, flat: key to string. */
export interface LocaleFiles {
  zh: Record<string, string>;
  en: Record<string, string>;
}

type Bilingual = { zh: string; en: string } | undefined;

/** The file and record a collection's record stands in, as loader messages name them. */
function recordName(name: CollectionName, key: string | number): string {
  const { source, kind } = collections[name];
  const file = 'folder' in source ? `${source.folder}/${key}.json` : 'file' in source ? source.file : '';
  return `content/${file}, ${kind} ${typeof key === 'string' ? `"${key}"` : key}`;
}

/** The Chinese and English of every record's shown fields, and of every locale string. */
export function translatedTexts(content: SiteContent, locales: LocaleFiles): TranslatedText[] {
  const texts: TranslatedText[] = [];
  const add = (record: string, field: string, pair: Bilingual) => {
    if (pair) texts.push({ where: `${record}, field "${field}"`, zh: pair.zh, en: pair.en });
  };
  const fields = <F extends string>(record: string, zh: Record<F, string>, en: Record<F, string>, names: readonly F[]) => {
    for (const field of names) add(record, `en.${field}`, { zh: zh[field], en: en[field] });
  };

  for (const service of content.services) {
    const record = recordName('services', service.number);
    fields(record, service.zh, service.en, ['target', 'name', 'content', 'summary']);
    service.notes.forEach((note, i) => add(record, `notes[${i}].en`, note));
  }
  for (const measure of content.measures) fields(recordName('measures', measure.number), measure.zh, measure.en, ['text']);
  for (const section of content.measureSections) fields(recordName('measureSections', section.number), section.zh, section.en, ['title']);
  for (const category of content.categories) fields(recordName('categories', category.id), category.zh, category.en, ['name']);
  for (const department of content.departments) fields(recordName('departments', department.id), department.zh, department.en, ['name']);
  for (const hotline of content.hotlines) {
    const record = recordName('hotlines', hotline.id);
    fields(record, hotline.zh, hotline.en, ['name']);
    if (hotline.zh.suggestion && hotline.en.suggestion) add(record, 'en.suggestion', { zh: hotline.zh.suggestion, en: hotline.en.suggestion });
    add(record, 'officialRole.en', hotline.officialRole);
  }
  for (const kind of content.placeKinds) fields(recordName('placeKinds', kind.id), kind.zh, kind.en, ['name', 'whatFor']);
  // An office kind's Chinese name is the word typed into the map's search.
  for (const kind of content.officeKinds) add(recordName('officeKinds', kind.id), 'en.name', { zh: kind.searchWord, en: kind.en.name });
  for (const steps of content.nextSteps) {
    const record = recordName('nextSteps', steps.service);
    for (const list of ['where', 'bring', 'when'] as const) steps[list].forEach((fact, i) => add(record, `${list}[${i}].en`, fact));
    steps.where.forEach((fact, i) => add(record, `where[${i}].short.en`, fact.short));
  }
  for (const need of content.notInPlan) {
    const record = recordName('notInPlan', need.id);
    add(record, 'name.en', need.name);
    add(record, 'where.en', need.where);
  }
  for (const source of content.sources) {
    const record = recordName('sources', source.id);
    add(record, 'issuer.en', source.issuer);
    add(record, 'audience.en', source.audience);
  }
  for (const [key, zh] of Object.entries(locales.zh)) {
    const en = locales.en[key];
    if (en !== undefined) texts.push({ where: `src/locales/en.json, "${key}"`, zh, en });
  }
  return texts;
}
