/**
 * The content collections, as src/lib/content/collections.ts declares them. Everything is read and
 * checked by src/lib/content/loadContent.ts, once, so that a reference between two collections is
 * checked before any page is built.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { collectionNames, collections as declared, keyOf, type CollectionName } from './lib/content/collections.ts';
import { contentFolder } from './lib/content/contentFolder.ts';
import { loadContent, type SiteContent } from './lib/content/loadContent.ts';

const contentDir = contentFolder();
let loaded: SiteContent | undefined;

/** A loader that takes one collection out of the checked content, keyed by its declared key. */
function fromContent(name: CollectionName): Loader {
  return {
    name: `site-content-${name}`,
    load: async ({ store }) => {
      loaded ??= loadContent(contentDir);
      store.clear();
      for (const record of loaded[name]) {
        store.set({ id: keyOf(name, record), data: record as unknown as Record<string, unknown> });
      }
    },
  };
}

const define = <Name extends CollectionName>(name: Name) => defineCollection({ loader: fromContent(name), schema: declared[name].schema });

export const collections = Object.fromEntries(collectionNames.map((name) => [name, define(name)])) as unknown as {
  [Name in CollectionName]: ReturnType<typeof define<Name>>;
};
