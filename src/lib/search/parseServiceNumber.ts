/**
 * Hotline staff refer to services by their number in the plan's list ("第34项"). This reads such a
 * query, typed in any of the ways a caller might write it, as a number. The little script every
 * page loads uses it to send a number straight to its service, so it stays small.
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

const englishUnits = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const englishTens = ['twenty', 'thirty', 'forty'];

/**
 * An English number word from one to forty-nine (twelve, forty two) as a number; undefined for anything else.
 * @example englishNumeral('forty two') // 42
 */
export function englishNumeral(text: string): number | undefined {
  const [first = '', second, ...rest] = text.split(' ');
  const tens = englishTens.includes(first) ? (englishTens.indexOf(first) + 2) * 10 : 0;
  const units = englishUnits.indexOf(second ?? first) + 1;
  if (rest.length > 0) return undefined;
  if (second === undefined) return units || tens || undefined;
  return tens && units > 0 && units < 10 ? tens + units : undefined;
}

// Words around the number that say "item" or "service" in either language; all optional.
const before = '(?:第|服务编号|服务|编号|项目|序号|no|number|item|service)?';
const after = '(?:项|号|项服务)?';
const numberQuery = new RegExp(`^(${before}) ?([0-9]{1,3}|[一二两三四五六七八九十]{1,3}) ?(${after})$`, 'u');
// An English number word needs a word saying what it is: "twelve" alone is not an item, and "no one" is nobody.
const wordsQuery = /^(?:number|item|service) ([a-z]+(?: [a-z]+)?)$/u;

/**
 * The service number a query asks for, or undefined when the query is not just a number.
 * Whether a service has that number is for the caller to say.
 * @example parseServiceNumber('第34项') // 34
 * @example parseServiceNumber('三十四') // 34
 * @example parseServiceNumber('item twelve') // 12
 * @example parseServiceNumber('12355') // undefined: a hotline number, not an item
 */
export function parseServiceNumber(query: string): number | undefined {
  const normalised = normaliseForSearch(query);
  const words = wordsQuery.exec(normalised);
  const match = numberQuery.exec(normalised);
  // 两 alone is an everyday word (两岁, 两个), not item 2; 〇 is no item at all.
  if (!match || (match[2] === '两' && !match[1] && !match[3])) return words ? englishNumeral(words[1]!) : undefined;
  const written = match[2]!;
  const value = /^[0-9]+$/u.test(written) ? Number(written) : chineseNumeral(written);
  return value !== undefined && value > 0 && value < 100 ? value : undefined;
}
