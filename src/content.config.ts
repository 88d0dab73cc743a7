/**
 * The content collections. Everything is read and checked by src/lib/content/loadContent.ts, once,
 * so that a reference between two collections is checked before any page is built.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { contentFolder } from './lib/content/contentFolder.ts';
import { loadContent, type SiteContent } from './lib/content/loadContent.ts';
import { districtSchema, placeKindSchema, placeSchema, streetSchema } from './lib/content/placeSchemas.ts';
import {
  categorySchema,
  departmentSchema,
  hotlineSchema,
  measureSchema,
  measureSectionSchema,
  searchTermsSchema,
  serviceSchema,
} from './lib/content/schemas.ts';

const contentDir = contentFolder();
let loaded: SiteContent | undefined;

/** A loader that takes one collection out of the checked content, keyed by `key`. */
function fromContent<K extends keyof SiteContent>(name: K, key: (record: SiteContent[K][number]) => string | number): Loader {
  return {
    name: `site-content-${name}`,
    load: async ({ store }) => {
      loaded ??= loadContent(contentDir);
      store.clear();
      for (const record of loaded[name]) {
        store.set({ id: String(key(record)), data: record as unknown as Record<string, unknown> });
      }
    },
  };
}

export const collections = {
  categories: defineCollection({ loader: fromContent('categories', (c) => c.id), schema: categorySchema }),
  services: defineCollection({ loader: fromContent('services', (s) => s.number), schema: serviceSchema }),
  measureSections: defineCollection({ loader: fromContent('measureSections', (s) => s.number), schema: measureSectionSchema }),
  measures: defineCollection({ loader: fromContent('measures', (m) => m.number), schema: measureSchema }),
  departments: defineCollection({ loader: fromContent('departments', (d) => d.id), schema: departmentSchema }),
  hotlines: defineCollection({ loader: fromContent('hotlines', (h) => h.id), schema: hotlineSchema }),
  searchTerms: defineCollection({ loader: fromContent('searchTerms', (entry) => entry.target), schema: searchTermsSchema }),
  districts: defineCollection({ loader: fromContent('districts', (d) => d.code), schema: districtSchema }),
  streets: defineCollection({ loader: fromContent('streets', (s) => s.code), schema: streetSchema }),
  placeKinds: defineCollection({ loader: fromContent('placeKinds', (k) => k.id), schema: placeKindSchema }),
  places: defineCollection({ loader: fromContent('places', (p) => p.id), schema: placeSchema }),
};
