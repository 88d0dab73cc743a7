import { describe, expect, it } from 'vitest';
import { chineseNumeral, parseServiceNumber } from '../../src/lib/search/parseServiceNumber.ts';

describe('parseServiceNumber', () => {
  it.each([
    ['34', 34],
    ['第34项', 34],
    ['第 34 项', 34],
    ['３４', 34],
    ['第３４项', 34],
    ['服务34', 34],
    ['服务编号 34', 34],
    ['34号', 34],
    ['第三十四项', 34],
    ['第三项', 3],
    ['服务十二', 12],
    ['item 34', 34],
    ['No. 7', 7],
    ['#12', 12],
  ])('reads %s as service %i', (query, number) => {
    expect(parseServiceNumber(query)).toBe(number);
  });

  it.each(['12355', '110', '120', '0', '打疫苗', '34岁', 'vaccine 3', '', '一', '两', '十', '三十四'])('does not read %s as a service number', (query) => {
    expect(parseServiceNumber(query)).toBeUndefined();
  });
});

describe('chineseNumeral', () => {
  it('reads numerals from one to ninety-nine', () => {
    expect(chineseNumeral('十')).toBe(10);
    expect(chineseNumeral('十二')).toBe(12);
    expect(chineseNumeral('四十')).toBe(40);
    expect(chineseNumeral('两')).toBe(2);
  });

  it('refuses what is not a numeral', () => {
    expect(chineseNumeral('三四')).toBeUndefined();
    expect(chineseNumeral('')).toBeUndefined();
  });
});
