/**
 * The site's search index: the content, the site's own pages and their headings from the locale
 * files, with pinyin from pinyin-pro. Used by the build (src/pages/search-index.json.ts), the
 * benchmark and the tests alike, so all three search the same index.
 */
import { pinyin } from 'pinyin-pro';
import type { SiteContent } from '../content/loadContent.ts';
import { searchablePages } from '../content/schemas.ts';
import { fillTemplate } from '../fillTemplate.ts';
import type { Language } from '../paths.ts';
import { buildSearchIndex, type IndexWording } from './buildSearchIndex.ts';
import type { SearchIndexFile } from './indexFile.ts';

/** A locale file's strings (src/locales/*.json). */
export type LocaleStrings = Record<string, string>;

function wordingFrom(strings: LocaleStrings): IndexWording {
  const fill = (key: string, values: Record<string, string | number>) => fillTemplate(strings[key] ?? key, values).join('');
  return {
    serviceTitle: (number, name) => `${fill('service.code', { number })} ${name}`,
    measureTitle: (number) => fill('measure.code', { number }),
    categoryDetail: (count) => fill('home.serviceCount', { count }),
  };
}

/** Each page's heading and one-line description, from its `<page>.title` and `<page>.description`. */
function pagesFrom(zh: LocaleStrings, en: LocaleStrings) {
  return searchablePages.map((page) => ({
    target: `page:${page}`,
    zh: { title: zh[`${page}.title`] ?? page, detail: zh[`${page}.description`] ?? '' },
    en: { title: en[`${page}.title`] ?? page, detail: en[`${page}.description`] ?? '' },
  }));
}

export function buildSiteSearchIndex(lang: Language, content: SiteContent, locales: { zh: LocaleStrings; en: LocaleStrings }): SearchIndexFile {
  return buildSearchIndex(lang, {
    content,
    pages: pagesFrom(locales.zh, locales.en),
    wording: { zh: wordingFrom(locales.zh), en: wordingFrom(locales.en) },
    toPinyin: (text) => pinyin(text, { toneType: 'none', type: 'array', v: true }),
  });
}
