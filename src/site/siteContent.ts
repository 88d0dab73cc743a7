/**
 * The checked content as plain arrays in their official order. Pages get it through the view
 * builders beside this file; nothing here formats text for a language.
 */
import { getCollection } from 'astro:content';
import { collectionNames, inListOrder, type CollectionName, type SiteContent } from '../lib/content/collections.ts';

let cached: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  // Astro warns at build time while places.json is empty ("does not exist or is empty"): it is
  // empty until the first checked row is imported (content/README.md, "Places").
  const lists = await Promise.all(
    collectionNames.map(async (name: CollectionName) => {
      const entries = (await getCollection(name)) as { data: SiteContent[typeof name][number] }[];
      // The data store does not keep the files' order, so every list is put in its order again.
      return [
        name,
        inListOrder(
          name,
          entries.map((entry) => entry.data),
        ),
      ] as const;
    }),
  );
  return Object.fromEntries(lists) as SiteContent;
}

export function getSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
