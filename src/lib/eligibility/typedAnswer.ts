/**
 * The age and the months as people type them: "4", "４", "4岁", "四岁", "四"; "18", "18个月", "1年",
 * "一年半", "1年3个月", "半年", "2 years". Undefined for anything else, so the question can say what
 * it needs. Whole years only for the age: "四岁半" is 4, as the question asks.
 */
import { readChineseNumber } from '../chineseNumber.ts';
import { readWholeNumber } from './fragment.ts';

/** A number in digits (full-width too) or in Chinese numerals. */
function readNumber(text: string): number | undefined {
  return readWholeNumber(text) ?? readChineseNumber(text);
}

function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/gu, ' ');
}

/** Whole years: "4", "4岁", "四周岁", "四岁半", "4 years old". */
export function readTypedAge(text: string): number | undefined {
  const match = /^(.+?) ?(?:(?:周岁|岁|歲)半?|years? old|years?|yrs?)?$/u.exec(normalise(text));
  return match ? readNumber(match[1]!) : undefined;
}

/** Months: "18", "18个月", "1年", "一年半", "1年3个月", "半年", "2 years", "1 year 6 months". */
export function readTypedMonths(text: string): number | undefined {
  const value = normalise(text);
  if (value === '半年' || value === 'half a year') return 6;
  const months = /^(.+?) ?(?:个月|個月|月|months?)?$/u.exec(value);
  const plain = months ? readNumber(months[1]!) : undefined;
  if (plain !== undefined) return plain;
  const years = /^(.+?) ?(?:年|years?) ?(半|(.+?) ?(?:个月|個月|月|months?)?)?$/u.exec(value);
  if (!years) return undefined;
  const whole = readNumber(years[1]!);
  if (whole === undefined) return undefined;
  if (years[2] === undefined) return whole * 12;
  if (years[2] === '半') return whole * 12 + 6;
  const extra = readNumber(years[3]!);
  return extra !== undefined && extra < 12 ? whole * 12 + extra : undefined;
}
