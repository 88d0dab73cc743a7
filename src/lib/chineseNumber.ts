/**
 * Whole numbers written in Chinese numerals, as people type them: 四, 十七, 二十四, 两百, 一百零八.
 * Up to 9999; anything else (mixed scripts, a stray character) is not a number.
 */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export function readChineseNumber(text: string): number | undefined {
  if (text.length === 0 || text.length > 12) return undefined;
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  for (const char of text) {
    if (char in DIGITS) {
      if (digit !== undefined && DIGITS[char] !== 0 && digit !== 0) return undefined; // 四四 is not a number
      digit = DIGITS[char]!;
    } else if (char in UNITS) {
      const unit = UNITS[char]!;
      if (unit >= lastUnit) return undefined; // 十百, 十十
      // A bare 十 at the start means 一十 (十七 is 17).
      total += (digit ?? (total === 0 ? 1 : undefined) ?? NaN) * unit;
      if (Number.isNaN(total)) return undefined;
      lastUnit = unit;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  return total + (digit ?? 0);
}
