/** The site's real search indexes, built from content/ as the build does, for the search tests. */
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import type { Language } from '../../src/lib/paths.ts';
import { createPlaceSearch, withPlaces } from '../../src/lib/search/createPlaceSearch.ts';
import { createSearch } from '../../src/lib/search/createSearch.ts';
import { buildSitePlaceSearchIndex, buildSiteSearchIndex } from '../../src/lib/search/siteSearchIndex.ts';
import { contentDir } from './sourceFile.ts';

const locale = (name: string) => JSON.parse(readFileSync(new URL(`../../src/locales/${name}.json`, import.meta.url), 'utf8')) as Record<string, string>;

export const siteContent = loadContent(contentDir);

export function siteIndex(lang: Language) {
  return buildSiteSearchIndex(lang, siteContent, { zh: locale('zh-CN'), en: locale('en') });
}

export function sitePlacesIndex(lang: Language) {
  return buildSitePlaceSearchIndex(lang, siteContent, { zh: locale('zh-CN'), en: locale('en') });
}

export const zhSearch = createSearch(siteIndex('zh-CN'));
export const enSearch = createSearch(siteIndex('en'));

/** The search as the browser runs it: the main index with the places index merged in. */
export const zhSearchWithPlaces = withPlaces(zhSearch, createPlaceSearch(sitePlacesIndex('zh-CN')));
export const enSearchWithPlaces = withPlaces(enSearch, createPlaceSearch(sitePlacesIndex('en')));

/** The targets of the top `count` results, best first. */
export function topTargets(search: typeof zhSearch, query: string, count = 3): string[] {
  return search.search(query, count).results.map((result) => result.document.target);
}
