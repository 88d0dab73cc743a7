/**
 * The site's search indexes: the main one (the content, the site's own pages and their headings
 * from the locale files) and the places one (districts and streets/towns), with pinyin from
 * pinyin-pro. Used by the build (src/pages/[...lang]/search-index.json.ts and places-index.json.ts),
 * the benchmark and the tests alike, so all three search the same indexes.
 */
import { pinyin } from 'pinyin-pro';
import type { SiteContent } from '../content/loadContent.ts';
import { searchablePages } from '../content/schemas.ts';
import { byLanguage } from '../byLanguage.ts';
import type { Language } from '../paths.ts';
import { describeDivisionCounts } from '../places/divisionCounts.ts';
import { translate } from '../strings/translate.ts';
import { buildPlaceSearchIndex } from './buildPlaceSearchIndex.ts';
import { buildSearchIndex, type IndexWording } from './buildSearchIndex.ts';
import type { SearchIndexFile } from './indexFile.ts';
import type { PlaceSearchIndexFile } from './placeSearchIndexFile.ts';

/** A locale file's strings (src/locales/*.json). */
export type LocaleStrings = Record<string, string>;

function wordingFrom(strings: LocaleStrings): IndexWording {
  const fill = (key: string, values: Record<string, string | number>) => translate(strings, key, values);
  return {
    serviceTitle: (number, name) => `${fill('service.code', { number })} ${name}`,
    measureTitle: (number) => fill('measure.code', { number }),
    categoryDetail: (count) => fill('home.serviceCount', { count }),
    hotlineSuggestion: (suggestion) => fill('hotlines.suggestion', { suggestion }),
    notInPlanTitle: (name) => fill('notInPlan.title', { name }),
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

const toPinyin = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true });

export function buildSiteSearchIndex(lang: Language, content: SiteContent, locales: { zh: LocaleStrings; en: LocaleStrings }): SearchIndexFile {
  return buildSearchIndex(lang, {
    content,
    pages: pagesFrom(locales.zh, locales.en),
    wording: { zh: wordingFrom(locales.zh), en: wordingFrom(locales.en) },
    toPinyin,
  });
}

/** The places index of a language, its detail lines worded from that language's locale file. */
export function buildSitePlaceSearchIndex(lang: Language, content: SiteContent, locales: { zh: LocaleStrings; en: LocaleStrings }): PlaceSearchIndexFile {
  const strings = byLanguage(lang, locales);
  const fill = (key: string, values: Record<string, string | number> = {}) => translate(strings, key, values);
  return buildPlaceSearchIndex(lang, {
    districts: content.districts,
    streets: content.streets,
    wording: { divisionCounts: (counts) => describeDivisionCounts(lang, counts, fill), streetKind: (kind) => fill(`district.streetKind.${kind}`) },
    toPinyin,
  });
}
