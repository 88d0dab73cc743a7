/** The site's real search index, built from content/ as the build does, for the search tests. */
import { readFileSync } from 'node:fs';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import type { Language } from '../../src/lib/paths.ts';
import { createSearch } from '../../src/lib/search/createSearch.ts';
import { buildSiteSearchIndex } from '../../src/lib/search/siteSearchIndex.ts';
import { contentDir } from './sourceFile.ts';

const locale = (name: string) => JSON.parse(readFileSync(new URL(`../../src/locales/${name}.json`, import.meta.url), 'utf8')) as Record<string, string>;

export const siteContent = loadContent(contentDir);

export function siteIndex(lang: Language) {
  return buildSiteSearchIndex(lang, siteContent, { zh: locale('zh-CN'), en: locale('en') });
}

export const zhSearch = createSearch(siteIndex('zh-CN'));
export const enSearch = createSearch(siteIndex('en'));

/** The targets of the top `count` results, best first. */
export function topTargets(search: typeof zhSearch, query: string, count = 3): string[] {
  return search.search(query, count).results.map((result) => result.document.target);
}
