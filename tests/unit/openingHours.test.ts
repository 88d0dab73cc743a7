import { describe, expect, it } from 'vitest';
import { describeOpeningHours as describeWith, openingHoursKeys, type OpeningHoursWording } from '../../src/lib/places/describeOpeningHours.ts';
import { normaliseOpeningHours, openingHoursProblem } from '../../src/lib/places/openingHours.ts';
import { translate } from '../../src/lib/strings/translate.ts';
import en from '../../src/locales/en.json';
import zhCN from '../../src/locales/zh-CN.json';

const wording: Record<'zh' | 'en', OpeningHoursWording> = {
  zh: (key, values) => translate(zhCN, key, values),
  en: (key, values) => translate(en, key, values),
};
/** The hours as a page of that language words them, from the locale files. */
const describeOpeningHours = (value: string, lang: 'zh' | 'en') => describeWith(value, wording[lang]);

describe('openingHoursProblem', () => {
  it.each([
    'Mo-Fr 09:00-17:00',
    'Mo-Fr 09:00-17:00; PH off',
    'Mo-Fr 08:30-11:30,13:30-17:00; Sa 09:00-12:00; Su,PH off',
    'Mo,We,Fr 09:00-12:00',
    'Sa-Mo 10:00-16:00',
    '09:00-17:00',
    '24/7',
    '24/7; PH off',
    'Mo-Fr 00:00-24:00',
    'Mo-Sa 09:00-17:00; We closed',
    'Sa,Su 09:00-11:00; PH 10:00-12:00',
    'Mo - Fr 09:00 - 17:00 ;PH off',
    'Mo, We 09:00-12:00, 13:00-15:00',
  ])('accepts %j', (value) => {
    expect(openingHoursProblem(value)).toBeUndefined();
  });

  it.each([
    ['', 'is empty'],
    ['Mo-Fr 9:00-17:00', 'write hours with two digits, 09:00 not 9:00'],
    ['mo-fr 09:00-17:00', 'write days exactly as Mo Tu We Th Fr Sa Su'],
    ['Monday 09:00-17:00', 'write days exactly as Mo Tu We Th Fr Sa Su'],
    ['周一至周五 09:00-17:00', 'write Mo-Fr for 周一至周五'],
    ['Mo-Fr 09:00～17:00', 'half-width colon and hyphen'],
    ['Mo-Fr 09:00-17:00；PH off', 'Chinese semicolon'],
    ['Mo-Fr 08:00-12:00, Sa 09:00-11:00', 'a comma cannot start a new rule'],
    ['Jan-Mar Mo-Fr 09:00-17:00', 'months, dates and years are not supported'],
    ['Dec 25 off', 'months, dates and years are not supported'],
    ['2026 Mo-Fr 09:00-17:00', 'months, dates and years are not supported'],
    ['week 01-10 Mo 09:00-12:00', 'week numbers are not supported'],
    ['Mo-Fr sunrise-sunset', 'sunrise and sunset times are not supported'],
    ['SH off', 'school holidays are not supported'],
    ['Mo[1] 09:00-12:00', '"the first Monday" and the like are not supported'],
    ['Mo-Fr 09:00-17:00 "by appointment"', 'comments in quotes are not supported'],
    ['Mo-Fr 09:00-17:00 || "call first"', 'comments in quotes are not supported'],
    ['Mo-Fr 09:00-17:00 || Sa 09:00-12:00', '"||" (fallback rules) is not supported'],
    ['Mo-Fr 09:00+', 'give plain spans with a start and an end'],
    ['Mo-Fr 09:00-17:00 open', '"open" is not supported'],
    ['Mo-Fr 09-17', 'write times as hours and minutes'],
    ['Mo-Fr 18:00-02:00', 'ends before it starts'],
    ['Mo-Fr 09:00-09:00', 'starts and ends at the same time'],
    ['Mo-Fr 25:00-26:00', 'is not a time of day'],
    ['Mo-Fr 13:30-17:00,08:30-11:30', 'overlap or are out of order'],
    ['Mo-Fr', 'gives days but no times'],
    ['off', 'would mean closed every day'],
    ['Mo-Fr 12:00-13:00 off', 'give the times it is open rather than the times it is closed'],
    ['PH off; Mo-Fr 09:00-17:00', 'put the rule for public holidays (PH) last'],
    ['PH-Mo off', 'PH cannot be part of a range'],
    ['Mo-Fr 09:00-17:00;', 'has an empty rule'],
    ['Mo-Fr 24/7', '"24/7" must be a rule of its own'],
  ])('refuses %j, saying what to write instead', (value, advice) => {
    expect(openingHoursProblem(value)).toContain(advice);
  });
});

describe('describeOpeningHours', () => {
  it.each([
    ['Mo-Fr 09:00-17:00; PH off', '周一至周五 09:00–17:00；法定节假日休息', 'Monday to Friday 09:00–17:00; closed on public holidays'],
    [
      'Mo-Fr 08:30-11:30,13:30-17:00; Sa 09:00-12:00; Su,PH off',
      '周一至周五 08:30–11:30，13:30–17:00；周六 09:00–12:00；周日休息；法定节假日休息',
      'Monday to Friday 08:30–11:30 and 13:30–17:00; Saturday 09:00–12:00; closed on Sunday; closed on public holidays',
    ],
    ['Mo,We,Fr 09:00-12:00', '周一、周三、周五 09:00–12:00', 'Monday, Wednesday and Friday 09:00–12:00'],
    ['Sa,Su 09:00-11:00; PH 10:00-12:00', '周六、周日 09:00–11:00；法定节假日 10:00–12:00', 'Saturday and Sunday 09:00–11:00; public holidays 10:00–12:00'],
    ['09:00-17:00', '每天 09:00–17:00', 'Every day 09:00–17:00'],
    ['24/7', '每天24小时开放', 'Open 24 hours, every day'],
    ['24/7; PH off', '每天24小时开放；法定节假日休息', 'Open 24 hours, every day; closed on public holidays'],
    ['Mo-Fr 00:00-24:00', '周一至周五 24小时开放', 'Monday to Friday open 24 hours'],
  ])('puts %j into plain words', (value, zh, en) => {
    expect(describeOpeningHours(value, 'zh')).toBe(zh);
    expect(describeOpeningHours(value, 'en')).toBe(en);
  });

  it('lets a later rule replace an earlier one for its days, as OpenStreetMap does', () => {
    expect(describeOpeningHours('Mo-Sa 09:00-17:00; We off', 'zh')).toBe('周一、周二、周四至周六 09:00–17:00；周三休息');
    expect(describeOpeningHours('Mo-Fr 09:00-17:00; Fr 09:00-12:00', 'en')).toBe('Monday to Thursday 09:00–17:00; Friday 09:00–12:00');
  });

  it('reads a range that wraps round the week', () => {
    expect(describeOpeningHours('Sa-Mo 10:00-16:00', 'en')).toBe('Monday, Saturday and Sunday 10:00–16:00');
  });

  it('finds every word it uses in both locale files', () => {
    for (const key of openingHoursKeys) {
      expect(zhCN).toHaveProperty([key]);
      expect(en).toHaveProperty([key]);
    }
  });

  it('refuses to describe a value it does not accept', () => {
    expect(() => describeOpeningHours('Mo-Fr 9:00-17:00', 'zh')).toThrow('two digits');
  });
});

describe('normaliseOpeningHours', () => {
  it('writes the spacing the OpenStreetMap specification uses', () => {
    expect(normaliseOpeningHours('Mo - Fr 09:00 - 17:00 ;PH closed')).toBe('Mo-Fr 09:00-17:00; PH off');
    expect(normaliseOpeningHours('Mo, We 09:00-12:00, 13:00-15:00')).toBe('Mo,We 09:00-12:00,13:00-15:00');
  });

  it('leaves a tidy value as it is', () => {
    expect(normaliseOpeningHours('24/7; PH off')).toBe('24/7; PH off');
    expect(normaliseOpeningHours('Sa,Su,PH 09:00-11:30')).toBe('Sa,Su,PH 09:00-11:30');
  });
});
