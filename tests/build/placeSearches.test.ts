/**
 * The map-app hand-off on every district page, read from the built dist/: each of the 215 streets
 * and towns, in both languages, offers a search in Amap for each office a family may need there,
 * for that street's own name; and every 12345 a district page names can be tapped to call.
 * Read from the HTML, not walked in a browser: 32 pages × 4 searches × 215 streets is cheap here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import { AMAP_SOURCE } from '../../src/lib/places/mapLinks.ts';
import en from '../../src/locales/en.json';
import zhCN from '../../src/locales/zh-CN.json';
import { decodeEntities } from '../support/entities.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const { districts, streets, officeKinds } = loadContent(fileURLToPath(new URL('../../content/', import.meta.url)));

const languages = [
  { name: 'Chinese', prefix: '', note: zhCN['district.mapSearch.note'] },
  { name: 'English', prefix: 'en/', note: en['district.mapSearch.note'] },
];

const pageOf = (prefix: string, code: string) => readFileSync(`${dist}${prefix}places/${code}/index.html`, 'utf8');
const textOf = (html: string) => decodeEntities(html.replace(/<[^>]*>/gu, ''));

/** Each street section of a page: its id and the Amap searches it links to, with their attributes and visible text. */
function streetSections(html: string) {
  return [...html.matchAll(/<section class="street" id="(\d{9})"[^>]*>([\s\S]*?)<\/section>/gu)].map(([, id, body]) => ({
    id: id!,
    searches: [...body!.matchAll(/<a href="(https:\/\/uri\.amap\.com\/search\?[^"]*)"([^>]*)>([\s\S]*?)<\/a>/gu)].map(([, href, attributes, label]) => ({
      url: new URL(decodeEntities(href!)),
      attributes: attributes!,
      label: textOf(label!),
    })),
  }));
}

describe.each(languages)('every street and town on the $name district pages', ({ prefix, note }) => {
  const sections = districts.flatMap((district) => streetSections(pageOf(prefix, district.code)));

  it('has its section, all 215 of them, once', () => {
    expect(sections.map((section) => section.id).sort()).toEqual(streets.map((street) => street.code).sort());
    expect(sections).toHaveLength(215);
  });

  it("offers an Amap search for each of the four offices, for the street's own full name, in Chinese", () => {
    for (const { id, searches } of sections) {
      const street = streets.find((candidate) => candidate.code === id)!;
      const keywords = searches.map(({ url }) => url.searchParams.get('keyword'));
      expect(keywords, id).toEqual(officeKinds.map((kind) => `${street.name}${kind.searchWord}`));
      for (const keyword of keywords) expect(keyword?.startsWith(street.name), `${id} ${keyword}`).toBe(true);
    }
    expect(officeKinds).toHaveLength(4);
  });

  it('searches in Shanghai, says who sent the family, opens the app where there is one, and sends no position', () => {
    for (const { id, searches } of sections) {
      for (const { url } of searches) {
        expect(url.origin + url.pathname, id).toBe('https://uri.amap.com/search');
        expect(url.searchParams.get('city'), id).toBe('310000');
        expect(url.searchParams.get('src'), id).toBe(AMAP_SOURCE);
        expect(url.searchParams.get('callnative'), id).toBe('1');
        expect(url.searchParams.has('center'), id).toBe(false);
      }
    }
  });

  it('shows the keyword in each link, says it is a search, and that the results are the map app’s', () => {
    for (const { id, searches } of sections) {
      for (const { url, attributes, label } of searches) {
        expect(label, id).toContain(`「${url.searchParams.get('keyword')}」`);
        expect(label, id).toMatch(prefix ? /^Search Amap for / : /^在高德地图搜索/u);
        expect(attributes, id).toContain('rel="noreferrer"');
        expect(attributes, id).toContain('aria-describedby="map-search-note"');
      }
    }
    for (const district of districts) {
      const html = pageOf(prefix, district.code);
      expect(html).toContain(`<p id="map-search-note" hidden>${note}</p>`);
      // The same words are visible in every street, before its searches.
      expect(html.split(`<p class="map-search-note">${note}</p>`)).toHaveLength(streets.filter((street) => street.district === district.code).length + 1);
    }
  });

  it('names 12345 only as a link that calls it, in its short or its 021 form', () => {
    for (const district of districts) {
      const html = pageOf(prefix, district.code);
      expect(html, district.code).toContain('href="tel:12345"');
      expect(html, district.code).toContain('href="tel:02112345"');
      const outsideCallLinks = html
        .replace(/<script[\s\S]*?<\/script>/gu, '')
        .replace(/<a [^>]*href="tel:(?:021)?12345"[^>]*>[\s\S]*?<\/a>/gu, '')
        .replace(/<[^>]*>/gu, '');
      expect(outsideCallLinks, district.code).not.toContain('12345');
    }
  });
});
