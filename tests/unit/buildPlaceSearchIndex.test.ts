import { pinyin } from 'pinyin-pro';
import { describe, expect, it } from 'vitest';
import type { District, Street } from '../../src/lib/content/placeSchemas.ts';
import { buildPlaceSearchIndex, shortPlaceNames, type PlaceWording } from '../../src/lib/search/buildPlaceSearchIndex.ts';
import { isPlaceSearchIndexFile } from '../../src/lib/search/placeSearchIndexFile.ts';
import { targetPath } from '../../src/lib/search/targetPath.ts';
import { siteContent, sitePlacesIndex } from './siteSearch.ts';

const districts: District[] = [
  { code: '310101', zh: { name: '黄浦区' }, en: { name: 'Huangpu District' } },
  { code: '310112', zh: { name: '闵行区' }, en: { name: 'Minhang District' } },
  { code: '310115', zh: { name: '浦东新区' }, en: { name: 'Pudong New District' } },
];
const streets: Street[] = [
  { code: '310101002', district: '310101', name: '南京东路街道', kind: 'jiedao' },
  { code: '310101013', district: '310101', name: '外滩街道', kind: 'jiedao' },
  { code: '310112101', district: '310112', name: '莘庄镇', kind: 'zhen' },
  { code: '310115114', district: '310115', name: '唐镇', kind: 'zhen' },
];
const kindWords = { zh: { jiedao: '街道', zhen: '镇', xiang: '乡' }, en: { jiedao: 'subdistrict', zhen: 'town', xiang: 'township' } };
const wording: Record<'zh' | 'en', PlaceWording> = {
  zh: { divisionCounts: (counts) => counts.map(({ kind, count }) => `${count}个${kindWords.zh[kind]}`).join('、'), streetKind: (kind) => kindWords.zh[kind] },
  en: { divisionCounts: (counts) => counts.map(({ kind, count }) => `${count} ${kindWords.en[kind]}s`).join(', '), streetKind: (kind) => kindWords.en[kind] },
};
const toPinyin = (text: string) => pinyin(text, { toneType: 'none', type: 'array', v: true });
const zh = buildPlaceSearchIndex('zh-CN', { districts, streets, wording: wording.zh, toPinyin });
const en = buildPlaceSearchIndex('en', { districts, streets, wording: wording.en, toPinyin });
const find = (index: typeof zh, target: string) => index.places.find((place) => place.target === target)!;

describe('shortPlaceNames', () => {
  it.each([
    ['外滩街道', ['外滩']],
    ['南京东路街道', ['南京东路']],
    ['朱家角镇', ['朱家角']],
    ['新村乡', ['新村']],
    ['黄浦区', ['黄浦']],
    ['浦东新区', ['浦东']],
    ['川沙新镇', ['川沙']],
    ['江湾镇街道', ['江湾镇', '江湾']],
  ])('gives %s the shorter names %j', (name, shorter) => {
    expect(shortPlaceNames(name)).toEqual(shorter);
  });

  it('keeps no name of one character, which would match far too much', () => {
    expect(shortPlaceNames('唐镇')).toEqual([]);
    expect(shortPlaceNames('堡镇')).toEqual([]);
  });
});

describe('buildPlaceSearchIndex', () => {
  it('holds the districts first, then the streets and towns, in their order', () => {
    expect(zh.places.map((place) => place.target)).toEqual([
      'district:310101',
      'district:310112',
      'district:310115',
      'street:310101002',
      'street:310101013',
      'street:310112101',
      'street:310115114',
    ]);
  });

  it('is a file the browser code accepts, and refuses one of another shape', () => {
    expect(isPlaceSearchIndexFile(zh)).toBe(true);
    expect(isPlaceSearchIndexFile({ ...zh, version: 2 })).toBe(false);
    expect(isPlaceSearchIndexFile({ ...zh, places: [{ target: 'district:310101' }] })).toBe(false);
    expect(isPlaceSearchIndexFile(null)).toBe(false);
  });

  it('names the district and the kind under a street, in the index language', () => {
    expect(find(zh, 'street:310101013').label).toEqual({ title: '外滩街道', detail: '黄浦区 · 街道' });
    expect(find(en, 'street:310101013').label).toEqual({ title: '外滩街道', detail: 'Huangpu District · subdistrict' });
    expect(find(en, 'street:310112101').label).toEqual({ title: '莘庄镇', detail: 'Minhang District · town' });
  });

  it('titles a district in the index language, with how many subdistricts, towns and townships it has', () => {
    expect(find(zh, 'district:310101').label).toEqual({ title: '黄浦区', detail: '2个街道' });
    expect(find(en, 'district:310101').label).toEqual({ title: 'Huangpu District', detail: '2 subdistricts' });
    expect(find(zh, 'district:310112').label).toEqual({ title: '闵行区', detail: '1个镇' });
  });

  it('keeps the official name first, then the shorter ones, and a district its English names', () => {
    expect(find(zh, 'street:310101013').names).toEqual(['外滩街道', '外滩']);
    expect(find(zh, 'district:310115').names).toEqual(['浦东新区', '浦东', 'pudong new district', 'pudong']);
    expect(find(zh, 'street:310115114').names).toEqual(['唐镇']);
  });

  it('carries the pinyin of each Chinese name, without tones or spaces', () => {
    expect(find(zh, 'street:310101013').pinyin).toEqual(['waitanjiedao', 'waitan']);
    expect(find(zh, 'district:310101').pinyin).toEqual(['huangpuqu', 'huangpu']);
  });

  it('adds the local reading where a Shanghai place name is read otherwise', () => {
    expect(find(zh, 'district:310112').pinyin).toContain('minhang');
    expect(find(zh, 'street:310112101').pinyin).toContain('xinzhuang');
  });

  it('leaves a shorter name that is also a district name to the district', () => {
    const jiading = buildPlaceSearchIndex('zh-CN', {
      districts: [{ code: '310114', zh: { name: '嘉定区' }, en: { name: 'Jiading District' } }],
      streets: [{ code: '310114004', district: '310114', name: '嘉定镇街道', kind: 'jiedao' }],
      wording: wording.zh,
      toPinyin,
    });
    expect(find(jiading, 'street:310114004').names).toEqual(['嘉定镇街道', '嘉定镇']);
    expect(find(jiading, 'district:310114').names).toContain('嘉定');
  });

  it('gives the same names and pinyin in both languages', () => {
    const words = (index: typeof zh) => index.places.map((place) => [place.target, place.names, place.pinyin]);
    expect(words(en)).toEqual(words(zh));
  });
});

describe('the site places index', () => {
  const index = sitePlacesIndex('zh-CN');

  it('holds the 16 districts and every street and town, and no statistical unit', () => {
    expect(index.places.filter((place) => place.target.startsWith('district:'))).toHaveLength(16);
    expect(index.places.filter((place) => place.target.startsWith('street:'))).toHaveLength(siteContent.streets.length);
    expect(siteContent.streets).toHaveLength(215);
    expect(index.places.map((place) => place.label.title)).not.toContain('莘庄工业区');
  });

  it('leads each street to its section on its own district page', () => {
    for (const street of siteContent.streets) {
      expect(targetPath(`street:${street.code}`)).toBe(`/places/${street.district}/#${street.code}`);
    }
  });

  it('is a file the browser code accepts, in both languages', () => {
    expect(isPlaceSearchIndexFile(index)).toBe(true);
    expect(isPlaceSearchIndexFile(sitePlacesIndex('en'))).toBe(true);
  });
});
