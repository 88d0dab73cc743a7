/**
 * Hotline staff refer to services by their number in the plan's list ("第34项"). This reads such a
 * query, typed in any of the ways a caller might write it, as a number.
 */
import { normaliseForSearch } from './normaliseQuery.ts';

const digits: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A Chinese numeral from 1 to 99 (三, 十二, 三十四, 四十) as a number; undefined for anything else.
 * @example chineseNumeral('三十四') // 34
 */
export function chineseNumeral(text: string): number | undefined {
  const match = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, units] = match;
  if (!ten) return tens && !units ? digits[tens] : undefined;
  return (tens ? digits[tens]! : 1) * 10 + (units ? digits[units]! : 0);
}

// Words around the number that say "item" or "service" in either language; all optional.
const before = '(?:第|服务编号|服务|编号|项目|序号|no|number|item|service)?';
const after = '(?:项|号|项服务)?';
const numberQuery = new RegExp(`^(${before}) ?([0-9]{1,3}|[一二两三四五六七八九十]{1,3}) ?(${after})$`, 'u');

/**
 * The service number a query asks for, or undefined when the query is not just a number.
 * Whether a service has that number is for the caller to say.
 * @example parseServiceNumber('第34项') // 34
 * @example parseServiceNumber('３４') // 34
 * @example parseServiceNumber('12355') // undefined: a hotline number, not an item
 */
export function parseServiceNumber(query: string): number | undefined {
  const match = numberQuery.exec(normaliseForSearch(query));
  if (!match) return undefined;
  const [, marker, written, suffix] = match;
  // A Chinese numeral alone (一, 两, 十) is an everyday word, not an item: it needs 第…项 or 服务 with it.
  if (!/^[0-9]+$/u.test(written!) && !marker && !suffix) return undefined;
  const value = /^[0-9]+$/u.test(written!) ? Number(written) : chineseNumeral(written!);
  return value !== undefined && value > 0 && value < 100 ? value : undefined;
}
