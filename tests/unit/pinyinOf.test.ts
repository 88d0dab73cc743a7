import { describe, expect, it } from 'vitest';
import { pinyinSpellings, readingTable } from '../../src/lib/search/pinyinOf.ts';

const table = readingTable({ yi: '疫医', miao: '苗', yin: '银', hang: '行', xing: '行' });

describe('pinyinSpellings', () => {
  it('spells a phrase from the readings of its characters', () => {
    expect(pinyinSpellings('疫苗', table)).toEqual([['yi', 'miao']]);
  });

  it('gives every reading of a character with two', () => {
    expect(pinyinSpellings('银行', table)).toEqual([
      ['yin', 'hang'],
      ['yin', 'xing'],
    ]);
  });

  it('skips characters it does not know, and gives nothing when it knows none', () => {
    expect(pinyinSpellings('打疫苗', table)).toEqual([['yi', 'miao']]);
    expect(pinyinSpellings('你好', table)).toEqual([]);
  });

  it('stops at four spellings', () => {
    expect(pinyinSpellings('行行行行', table)).toHaveLength(4);
  });
});
