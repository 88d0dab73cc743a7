import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/translate.ts';
import { describeDivisionCounts, divisionCountKey, divisionCounts } from '../../src/lib/places/divisionCounts.ts';
import { siteContent } from './siteSearch.ts';

const countsOf = (districtCode: string) => divisionCounts(siteContent.streets.filter((street) => street.district === districtCode));

describe('divisionCounts', () => {
  it('counts subdistricts, towns and townships apart, in that order, leaving out kinds a district has none of', () => {
    expect(divisionCounts([{ kind: 'xiang' }, { kind: 'zhen' }, { kind: 'jiedao' }, { kind: 'zhen' }])).toEqual([
      { kind: 'jiedao', count: 1 },
      { kind: 'zhen', count: 2 },
      { kind: 'xiang', count: 1 },
    ]);
  });

  it("counts Chongming's two townships, which a count of streets and towns would leave out", () => {
    expect(countsOf('310151')).toEqual([
      { kind: 'zhen', count: 16 },
      { kind: 'xiang', count: 2 },
    ]);
  });

  it('adds up to all 215 the site lists', () => {
    expect(divisionCounts(siteContent.streets)).toEqual([
      { kind: 'jiedao', count: 107 },
      { kind: 'zhen', count: 106 },
      { kind: 'xiang', count: 2 },
    ]);
  });
});

describe('describeDivisionCounts', () => {
  const zh = useTranslations('zh-CN');
  const en = useTranslations('en');

  it('says what a district has in plain words in both languages', () => {
    expect(describeDivisionCounts('zh-CN', countsOf('310151'), zh)).toBe('16个镇、2个乡');
    expect(describeDivisionCounts('en', countsOf('310151'), en)).toBe('16 towns and 2 townships');
    expect(describeDivisionCounts('zh-CN', countsOf('310101'), zh)).toBe('10个街道');
    expect(describeDivisionCounts('en', countsOf('310115'), en)).toBe('12 subdistricts and 24 towns');
  });

  it('says "1 town", not "1 towns"', () => {
    expect(divisionCountKey('zhen', 1)).toBe('places.count.zhen.one');
    expect(describeDivisionCounts('en', countsOf('310104'), en)).toBe('12 subdistricts and 1 town');
  });

  it('lists three kinds with commas and a last "and"', () => {
    const all = divisionCounts(siteContent.streets);
    expect(describeDivisionCounts('en', all, en)).toBe('107 subdistricts, 106 towns and 2 townships');
    expect(describeDivisionCounts('zh-CN', all, zh)).toBe('107个街道、106个镇、2个乡');
  });
});
