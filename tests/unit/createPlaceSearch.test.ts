import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import type { District, Street } from '../../src/lib/content/placeSchemas.ts';
import { buildPlaceSearchIndex } from '../../src/lib/search/buildPlaceSearchIndex.ts';
import { createPlaceSearch, withPlaces } from '../../src/lib/search/createPlaceSearch.ts';
import type { Search, SearchOutcome } from '../../src/lib/search/createSearch.ts';
import { enSearch, enSearchWithPlaces, sitePlacesIndex, topTargets, zhSearch, zhSearchWithPlaces } from './siteSearch.ts';

/** A few real districts and streets, so a matching rule can be shown on its own. */
function smallPlaces() {
  const districts: District[] = [
    { code: '310101', zh: { name: '黄浦区' }, en: { name: 'Huangpu District' } },
    { code: '310109', zh: { name: '虹口区' }, en: { name: 'Hongkou District' } },
    { code: '310106', zh: { name: '静安区' }, en: { name: "Jing'an District" } },
    { code: '310118', zh: { name: '青浦区' }, en: { name: 'Qingpu District' } },
  ];
  const streets: Street[] = [
    { code: '310101002', district: '310101', name: '南京东路街道', kind: 'jiedao' },
    { code: '310101013', district: '310101', name: '外滩街道', kind: 'jiedao' },
    { code: '310106012', district: '310106', name: '南京西路街道', kind: 'jiedao' },
    { code: '310109018', district: '310109', name: '北外滩街道', kind: 'jiedao' },
    { code: '310118102', district: '310118', name: '朱家角镇', kind: 'zhen' },
  ];
  return buildPlaceSearchIndex('zh-CN', {
    districts,
    streets,
    wording: {
      divisionCounts: (counts) => counts.map(({ count }) => `${count}个`).join('、'),
      streetKind: (kind) => ({ jiedao: '街道', zhen: '镇', xiang: '乡' })[kind],
    },
    toPinyin: (text) => pinyin(text, { toneType: 'none', type: 'array', v: true }),
  });
}

describe('createPlaceSearch on a few places', () => {
  const places = createPlaceSearch(smallPlaces());
  const found = (query: string) => places.match(query).map((m) => m.place.label.title);

  it('finds a place by its official name or the name people say, as an exact match', () => {
    for (const query of ['外滩街道', '外滩', '朱家角镇', '朱家角', '黄浦区', '黄浦', '南京东路']) {
      const [best] = places.match(query);
      expect(best?.quality, query).toBe(1);
    }
    expect(found('外滩')[0]).toBe('外滩街道');
  });

  it('finds a place by pinyin, spaced or not, and a district by its English name', () => {
    expect(found('waitan')).toEqual(['外滩街道']);
    expect(found('wai tan')).toEqual(['外滩街道']);
    expect(found('zhujiajiao')).toEqual(['朱家角镇']);
    expect(found('Huangpu')).toEqual(['黄浦区']);
    expect(found('Huangpu District')).toEqual(['黄浦区']);
    expect(found("Jing'an")).toEqual(['静安区']);
  });

  it('finds a place by the start of its name, from two characters or five letters', () => {
    expect(found('朱家')).toEqual(['朱家角镇']);
    expect(found('南京')).toEqual(['南京东路街道', '南京西路街道']);
    expect(found('zhuji')).toEqual(['朱家角镇']);
    expect(places.match('朱家')[0]!.quality).toBeLessThan(1);
  });

  it('finds a place named inside a longer query, and its question words do not count', () => {
    expect(found('外滩街道在哪里')).toEqual(['外滩街道']);
    expect(places.match('外滩街道在哪里')[0]!.quality).toBe(1);
    expect(found('外滩怎么走')).toEqual(['外滩街道']);
    expect(found('where is huangpu')).toEqual(['黄浦区']);
  });

  it('puts a street named with its district before the district', () => {
    expect(found('黄浦外滩')).toEqual(['外滩街道', '黄浦区']);
    expect(found('黄浦区外滩街道')).toEqual(['外滩街道', '黄浦区']);
  });

  it('does not take a name inside another place name for a place of its own', () => {
    expect(found('北外滩')).toEqual(['北外滩街道']);
    expect(found('北外滩街道')).toEqual(['北外滩街道']);
  });

  it('finds nothing for a single character, a kind of place alone, or the middle of a name', () => {
    for (const query of ['东', '路', '外', '街道', '镇', '区', '家角', '滩街道']) expect(found(query), query).toEqual([]);
  });

  it('finds nothing for pinyin of four letters or fewer, the pinyin of a kind of place, or a name inside another word', () => {
    for (const query of ['wait', 'huan', 'zhuj', 'jiedao', 'waitanese', 'qingpushi']) expect(found(query), query).toEqual([]);
  });

  it('treats markup and strange input as text', () => {
    expect(found('<img src=x onerror=alert(1)>')).toEqual([]);
    expect(found('.*+?^${}()|[]\\')).toEqual([]);
    expect(found('')).toEqual([]);
    expect(found('\u202e外滩\u200b')).toEqual(['外滩街道']);
  });
});

describe('withPlaces', () => {
  const places = createPlaceSearch(smallPlaces());
  const document = (target: string) => ({ target, label: { title: target, detail: '' }, names: [], terms: [], text: [] });
  /** A main search that answers every query with the same outcome. */
  const fixed = (outcome: Partial<SearchOutcome>): Search => ({
    size: 4,
    search: (_query, limit = 20) => {
      const results = ['service:1', 'service:2', 'service:3', 'service:4'].map((target, i) => ({ document: document(target), score: 4 - i }));
      return { results: results.slice(0, limit), shortened: false, weak: false, ...outcome };
    },
  });
  const targets = (search: Search, query: string, limit?: number) => search.search(query, limit).results.map((r) => r.document.target);

  it('puts a place the query names exactly before everything', () => {
    expect(targets(withPlaces(fixed({}), places), '外滩')).toEqual(['street:310101013', 'service:1', 'service:2', 'service:3', 'service:4']);
  });

  it('puts a place named in part after the first three answers, so services stay on top', () => {
    expect(targets(withPlaces(fixed({}), places), '黄浦区打疫苗')).toEqual(['service:1', 'service:2', 'service:3', 'district:310101', 'service:4']);
  });

  it('leaves out pages that only possibly matched when a place matched exactly, and says the answer is sure', () => {
    const outcome = withPlaces(fixed({ weak: true }), places).search('外滩');
    expect(outcome.results.map((r) => r.document.target)).toEqual(['street:310101013']);
    expect(outcome.weak).toBe(false);
  });

  it('puts places named in part before pages that only possibly matched', () => {
    expect(targets(withPlaces(fixed({ weak: true }), places), '朱家')).toEqual(['street:310118102', 'service:1', 'service:2', 'service:3', 'service:4']);
  });

  it('leaves the outcome as it was when no place matches, or when a service number is asked for', () => {
    const main = fixed({});
    expect(withPlaces(main, places).search('疫苗')).toEqual(main.search('疫苗'));
    const numbered = fixed({ serviceNumber: 34 });
    expect(withPlaces(numbered, places).search('34')).toEqual(numbered.search('34'));
  });

  it('gives no more results than asked for', () => {
    expect(targets(withPlaces(fixed({}), places), '南京', 3)).toHaveLength(3);
  });
});

describe('the site search with places', () => {
  it.each([
    ['黄浦区', 'district:310101'],
    ['黄浦', 'district:310101'],
    ['外滩街道', 'street:310101013'],
    ['外滩', 'street:310101013'],
    ['南京东路', 'street:310101002'],
    ['朱家角镇', 'street:310118102'],
    ['朱家角', 'street:310118102'],
    ['Huangpu', 'district:310101'],
    ['pudong', 'district:310115'],
    ['waitan', 'street:310101013'],
    ['zhujiajiao', 'street:310118102'],
    ['外滩街道在哪里', 'street:310101013'],
    ['minhang', 'district:310112'],
  ])('puts the place %s names first, on both language sides', (query, target) => {
    expect(topTargets(zhSearchWithPlaces, query, 1)).toEqual([target]);
    expect(topTargets(enSearchWithPlaces, query, 1)).toEqual([target]);
  });

  it('tells a street from a district or town whose name it holds', () => {
    // 宝山路街道 is in 静安区, not 宝山区; 曹杨新村 is not 新村乡.
    expect(topTargets(zhSearchWithPlaces, '宝山路', 20).filter((target) => /^(?:district|street):/u.test(target))).toEqual(['street:310106017']);
    expect(topTargets(zhSearchWithPlaces, '曹杨新村', 20).filter((target) => /^(?:district|street):/u.test(target))).toEqual(['street:310107005']);
    expect(topTargets(zhSearchWithPlaces, '嘉定', 1)).toEqual(['district:310114']);
    expect(topTargets(zhSearchWithPlaces, '嘉定安亭', 1)).toEqual(['street:310114103']);
  });

  it('names the district in a street result, in the page language', () => {
    expect(zhSearchWithPlaces.search('外滩').results[0]!.document.label).toEqual({ title: '外滩街道', detail: '黄浦区 · 街道' });
    expect(enSearchWithPlaces.search('外滩').results[0]!.document.label).toEqual({ title: '外滩街道', detail: 'Huangpu District · subdistrict' });
    expect(zhSearchWithPlaces.search('朱家角').results[0]!.document.label.detail).toBe('青浦区 · 镇');
    expect(enSearchWithPlaces.search('Huangpu').results[0]!.document.label.title).toBe('Huangpu District');
  });

  it('lists no place for a single character or a kind of place alone', () => {
    for (const query of ['东', '路', '新', '桥', '街道', '镇', '乡', '区']) {
      const targets = topTargets(zhSearchWithPlaces, query, 20);
      expect(
        targets.filter((target) => /^(?:district|street):/u.test(target)),
        query,
      ).toEqual([]);
    }
  });

  it('never lists more than five places', () => {
    const places = (query: string) => topTargets(zhSearchWithPlaces, query, 20).filter((target) => /^(?:district|street):/u.test(target));
    expect(places('chang').length).toBeLessThanOrEqual(5);
    expect(places('长').length).toBe(0);
  });

  it('leaves the results of service queries as they were', () => {
    for (const query of ['疫苗', '上学', '打疫苗', '低保', '自杀', '12355', '第34项']) {
      expect(topTargets(zhSearchWithPlaces, query, 20), query).toEqual(topTargets(zhSearch, query, 20));
    }
    for (const query of ['vaccine', 'school', 'lost child', 'painting', 'long']) {
      expect(topTargets(enSearchWithPlaces, query, 20), query).toEqual(topTargets(enSearch, query, 20));
    }
  });

  it('keeps the top three of every benchmark query that is not about a place', () => {
    const places = createPlaceSearch(sitePlacesIndex('zh-CN'));
    for (const file of ['search-queries.tsv', 'search-queries-unseen.tsv']) {
      const rows = readFileSync(new URL(`../bench/${file}`, import.meta.url), 'utf8')
        .split('\n')
        .slice(1)
        .filter(Boolean);
      for (const [query, , kind] of rows.map((row) => row.split('\t'))) {
        // Where no place matches, withPlaces returns the main outcome itself (tested above).
        if (kind === 'place' || places.match(query!).length === 0) continue;
        expect(topTargets(zhSearchWithPlaces, query!, 3), `${file}: ${query}`).toEqual(topTargets(zhSearch, query!, 3));
      }
    }
  });

  it('keeps the services first when a query names a place and a service', () => {
    expect(topTargets(zhSearchWithPlaces, '黄浦区哪里打疫苗', 1)).toEqual(['service:3']);
    expect(topTargets(zhSearchWithPlaces, '黄浦区哪里打疫苗', 20)).toContain('district:310101');
  });

  it('treats markup as text and survives strange input', () => {
    expect(() => zhSearchWithPlaces.search('<img src=x onerror=alert(1)>')).not.toThrow();
    expect(() => zhSearchWithPlaces.search('\u202e\u0000😀%E6%89%9')).not.toThrow();
    expect(topTargets(zhSearchWithPlaces, '<b>外滩</b>', 1)).toEqual(['street:310101013']);
  });
});
