import { describe, expect, it } from 'vitest';
import { chineseNumeral, englishNumeral, parseServiceNumber } from '../../src/lib/search/parseServiceNumber.ts';

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
    ['三十四号', 34],
    ['第三项', 3],
    ['服务十二', 12],
    ['item 34', 34],
    ['No. 7', 7],
    ['#12', 12],
    ['item twelve', 12],
    ['Service forty-two', 42],
    ['number one', 1],
  ])('reads %s as service %i', (query, number) => {
    expect(parseServiceNumber(query)).toBe(number);
  });

  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['三十四', 34],
    ['四十二', 42],
  ])('reads the Chinese numeral %s alone as service %i', (query, number) => {
    expect(parseServiceNumber(query)).toBe(number);
  });

  it.each(['12355', '110', '120', '0', '打疫苗', '34岁', 'vaccine 3', '', '两', '〇', 'twelve', 'no one', 'item twelve two'])(
    'does not read %s as a service number',
    (query) => {
      expect(parseServiceNumber(query)).toBeUndefined();
    },
  );
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

describe('englishNumeral', () => {
  it('reads number words from one to forty-nine', () => {
    expect(englishNumeral('one')).toBe(1);
    expect(englishNumeral('nineteen')).toBe(19);
    expect(englishNumeral('thirty')).toBe(30);
    expect(englishNumeral('forty two')).toBe(42);
  });

  it('refuses what is not a number word', () => {
    expect(englishNumeral('forty twelve')).toBeUndefined();
    expect(englishNumeral('twelve two')).toBeUndefined();
    expect(englishNumeral('vaccine')).toBeUndefined();
    expect(englishNumeral('')).toBeUndefined();
  });
});
