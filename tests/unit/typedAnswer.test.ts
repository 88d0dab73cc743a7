/** The age and the months as families type them, in digits, full-width digits or Chinese numerals. */
import { describe, expect, it } from 'vitest';
import { readChineseNumber } from '../../src/lib/chineseNumber.ts';
import { readTypedAge, readTypedMonths } from '../../src/lib/eligibility/typedAnswer.ts';

describe('readChineseNumber', () => {
  it.each([
    ['零', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十七', 17],
    ['二十', 20],
    ['二十四', 24],
    ['四十二', 42],
    ['一百零八', 108],
    ['两百', 200],
    ['二百一十五', 215],
  ])('reads %s as %i', (text, value) => expect(readChineseNumber(text)).toBe(value));

  it.each(['', '四四', '十十', '百十', '四a', '四 ', '半', 'x'])('does not read %j', (text) => expect(readChineseNumber(text)).toBeUndefined());
});

describe('readTypedAge', () => {
  it.each([
    ['4', 4],
    ['４', 4],
    ['4岁', 4],
    ['四', 4],
    ['四岁', 4],
    ['四周岁', 4],
    ['四岁半', 4],
    [' 十七岁 ', 17],
    ['0', 0],
    ['4 years old', 4],
  ])('reads %j as %i', (text, value) => expect(readTypedAge(text)).toBe(value));

  it.each(['', '岁', '四个月', '4.5', '-1', 'four', '1年', '<b>4</b>'])('does not read %j', (text) => expect(readTypedAge(text)).toBeUndefined());
});

describe('readTypedMonths', () => {
  it.each([
    ['18', 18],
    ['１８', 18],
    ['18个月', 18],
    ['十八个月', 18],
    ['1年', 12],
    ['一年', 12],
    ['一年半', 18],
    ['1年半', 18],
    ['两年', 24],
    ['1年3个月', 15],
    ['一年三个月', 15],
    ['半年', 6],
    ['2 years', 24],
    ['1 year 6 months', 18],
    ['6 months', 6],
  ])('reads %j as %i', (text, value) => expect(readTypedMonths(text)).toBe(value));

  it.each(['', '年', '个月', '1年13个月', '一年半半', 'a year', '1.5'])('does not read %j', (text) => expect(readTypedMonths(text)).toBeUndefined());
});
