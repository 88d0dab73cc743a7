import { describe, expect, it } from 'vitest';
import { byLanguage, joinList, listSeparator } from '../../src/lib/byLanguage.ts';
import { contentSide, otherLanguage } from '../../src/lib/paths.ts';

describe('byLanguage', () => {
  it('picks the Chinese value for Chinese pages and the English one for English pages', () => {
    expect(byLanguage('zh-CN', { zh: '一', en: 'one' })).toBe('一');
    expect(byLanguage('en', { zh: '一', en: 'one' })).toBe('one');
  });

  it('maps each locale to the half of a record it reads, and to the other locale', () => {
    expect(contentSide('zh-CN')).toBe('zh');
    expect(contentSide('en')).toBe('en');
    expect(otherLanguage('zh-CN')).toBe('en');
    expect(otherLanguage('en')).toBe('zh-CN');
  });
});

describe('joinList', () => {
  it('joins a Chinese list with 、 and an English one with commas', () => {
    expect(joinList('zh-CN', ['宝宝屋', '儿童之家'])).toBe('宝宝屋、儿童之家');
    expect(joinList('en', ['baby houses', 'children’s homes'])).toBe('baby houses, children’s homes');
    expect(listSeparator('en')).toBe(', ');
  });

  it('leaves a single item alone', () => {
    expect(joinList('zh-CN', ['宝宝屋'])).toBe('宝宝屋');
  });
});
