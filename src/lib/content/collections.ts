/**
 * Every collection of content/, declared once: where its records are read from, their schema, the
 * field that keys them and the field they are listed by. The loader (loadContent.ts), the Astro
 * collections (src/content.config.ts), the site's lists (src/site/siteContent.ts) and the
 * `SiteContent` type all come from here, so adding a collection means an entry here and its schema.
 */
import type { z } from 'zod';
import { nextStepsSchema, sourceSchema } from './nextStepsSchemas.ts';
import { districtSchema, officeKindSchema, placeKindSchema, placeSchema, streetSchema } from './placeSchemas.ts';
import {
  categorySchema,
  crisisGroupSchema,
  notInPlanSchema,
  departmentSchema,
  hotlineSchema,
  measureSchema,
  measureSectionSchema,
  searchTermsSchema,
  serviceSchema,
} from './schemas.ts';

/**
 * Where a collection's records are read from, under content/: one JSON file (a record or an array
 * of them), a folder with one record a file named by its key (`services/3.json`), or the division
 * code list that loadDivisions.ts reads.
 */
export type CollectionSource = { file: string } | { folder: string } | { divisions: 'districts' | 'streets' };

export interface CollectionSpec<S extends z.ZodType> {
  source: CollectionSource;
  schema: S;
  /** How a record is named in a message (`service 3`). */
  kind: string;
  /** The field that tells records apart: the id in the Astro data store and in URLs. */
  key: keyof z.infer<S> & string;
  /**
   * The field the site lists records by, ascending: numbers by value, text by `localeCompare`. The
   * data store keeps no order, so it is applied again after every read.
   */
  orderBy: keyof z.infer<S> & string;
}

const declare = <S extends z.ZodType>(spec: CollectionSpec<S>) => spec;

export const collections = {
  categories: declare({ source: { file: 'categories.json' }, schema: categorySchema, kind: 'category', key: 'id', orderBy: 'order' }),
  services: declare({ source: { folder: 'services' }, schema: serviceSchema, kind: 'service', key: 'number', orderBy: 'number' }),
  measureSections: declare({ source: { file: 'measure-sections.json' }, schema: measureSectionSchema, kind: 'section', key: 'number', orderBy: 'number' }),
  measures: declare({ source: { file: 'measures.json' }, schema: measureSchema, kind: 'measure', key: 'number', orderBy: 'number' }),
  departments: declare({ source: { file: 'departments.json' }, schema: departmentSchema, kind: 'department', key: 'id', orderBy: 'order' }),
  hotlines: declare({ source: { file: 'hotlines.json' }, schema: hotlineSchema, kind: 'hotline', key: 'id', orderBy: 'order' }),
  /** Everyday words for search, one entry a page; they keep no order, so by target for a stable index. */
  searchTerms: declare({ source: { file: 'search-terms.json' }, schema: searchTermsSchema, kind: 'search terms', key: 'target', orderBy: 'target' }),
  /** The words that show the crisis answer before any search result, in groups by what they signal. */
  crisisGroups: declare({ source: { file: 'crisis-words.json' }, schema: crisisGroupSchema, kind: 'crisis group', key: 'id', orderBy: 'order' }),
  /** Needs families search for that the plan has no service for, and where an official page says to ask. */
  notInPlan: declare({ source: { file: 'not-in-plan.json' }, schema: notInPlanSchema, kind: 'need', key: 'id', orderBy: 'order' }),
  /** Shanghai's 16 districts; division codes sort in the statistics bureau's order. */
  districts: declare({ source: { divisions: 'districts' }, schema: districtSchema, kind: 'district', key: 'code', orderBy: 'code' }),
  /** Its administrative streets and towns (街道, 镇, 乡). */
  streets: declare({ source: { divisions: 'streets' }, schema: streetSchema, kind: 'street/town', key: 'code', orderBy: 'code' }),
  /** The kinds of place the plan names. */
  placeKinds: declare({ source: { file: 'place-kinds.json' }, schema: placeKindSchema, kind: 'place kind', key: 'id', orderBy: 'order' }),
  /** The offices a street's map searches look for (社区事务受理服务中心 …), by id for other pages to name. */
  officeKinds: declare({ source: { file: 'office-kinds.json' }, schema: officeKindSchema, kind: 'office kind', key: 'id', orderBy: 'order' }),
  /** Verified places, written by `npm run places:import`. */
  places: declare({ source: { file: 'places.json' }, schema: placeSchema, kind: 'place', key: 'id', orderBy: 'id' }),
  /** The official pages beyond the plan that next steps cite, each as a person read it. */
  sources: declare({ source: { file: 'sources.json' }, schema: sourceSchema, kind: 'source', key: 'id', orderBy: 'id' }),
  /** How to get each service: where, what to bring, when (one file a service, named by its number). */
  nextSteps: declare({ source: { folder: 'next-steps' }, schema: nextStepsSchema, kind: 'next steps of service', key: 'service', orderBy: 'service' }),
};

export type CollectionName = keyof typeof collections;

/** Every collection's records, checked and in order. */
export type SiteContent = { [Name in CollectionName]: z.infer<(typeof collections)[Name]['schema']>[] };

export const collectionNames = Object.keys(collections) as CollectionName[];

/** The key of a record, as the data store's id. */
export function keyOf(name: CollectionName, record: object): string {
  return String((record as Record<string, unknown>)[collections[name].key]);
}

/** The records of a collection in the order the site lists them, as a new array. */
export function inListOrder<Name extends CollectionName>(name: Name, records: readonly SiteContent[Name][number][]): SiteContent[Name] {
  const field = collections[name].orderBy;
  const valueOf = (record: object) => (record as Record<string, number | string>)[field] ?? '';
  return [...records].sort((a, b) => {
    const [x, y] = [valueOf(a), valueOf(b)];
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }) as SiteContent[Name];
}
