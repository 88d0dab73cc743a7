/**
 * Numbers a family might dial, in the words the site says itself: every one must be a line the site
 * lists (content/hotlines.json, or its 021 form), or stand in a page the site has read
 * (content/sources.json). A summary that says 12354 for 12355, or a number copied from a blog,
 * would otherwise pass every other check. The plan's own words are left out: they are compared
 * with the plan itself, misprint and all (item 34's 12388).
 */

/** A number in a text, as the family would dial it: its digits. */
export interface NumberFound {
  digits: string;
  /** The number as written (`021-12345`). */
  written: string;
}

/** Words after a number that make it an amount, a share or a count, not a number to dial. */
const unitAfter =
  /^\s?(?:元|万|亿|千|百|%|％|‰|人|名|位|个|次|家|所|岁|年|月|日|号|天|周|小时|分钟|秒|米|公里|平方|册|件|项|条|张|份|户|yuan|rmb|percent|per\s?cent|people|persons?|children|students|families|households|times|km|metres?|meters?|tickets?|hours?|minutes?|days?|years?)(?![a-z])/iu;
/** Signs before a number that make it money. */
const currencyBefore = /(?:¥|￥|\$|rmb|cny)\s?$/iu;

/**
 * The numbers in a text that look like phone numbers: 5 to 11 digits, written together or in
 * groups joined by a hyphen or a space (021-12345, 139 0000 0000). Not a date (2026-12-07), not part
 * of a web address, not a decimal or a number grouped in thousands (500,000), not an amount, a
 * share or a count (10000元, 50%, 12000 people).
 * @example phoneLikeNumbers('请拨打12345或021-12345') // [{ digits: '12345', written: '12345' }, { digits: '02112345', written: '021-12345' }]
 * @example phoneLikeNumbers('2021年6月1日起，共500,000张') // []
 */
export function phoneLikeNumbers(text: string): NumberFound[] {
  const withoutAddresses = text.replace(/https?:\/\/\S+/giu, ' ');
  const found: NumberFound[] = [];
  for (const match of withoutAddresses.matchAll(/\d+(?:[- ]\d+)*/gu)) {
    const written = match[0];
    const before = withoutAddresses.slice(0, match.index);
    const after = withoutAddresses.slice(match.index + written.length);
    const digits = written.replace(/\D/gu, '');
    if (digits.length < 5 || digits.length > 11) continue;
    if (/^\d{4}-\d{1,2}-\d{1,2}$/u.test(written)) continue; // a date
    if (/\d[.,]$/u.test(before) || /^[.,]\d/u.test(after)) continue; // a decimal, or grouped in thousands
    if (unitAfter.test(after) || currencyBefore.test(before)) continue;
    found.push({ digits, written });
  }
  return found;
}

/** A text to check, and where it is: `content/services/34.json, zh.summary`. */
export interface TextToCheck {
  where: string;
  text: string;
}

/** The fields that hold the plan's own words, by file: compared with the plan by the content tests, never reworded. */
const verbatimFields: [file: RegExp, path: RegExp][] = [
  [/^content\/services\/\d+\.json$/u, /^zh\.(?:target|name|content)$/u],
  [/^content\/measures\.json$/u, /^\d+\.zh\.text$/u],
  [/^content\/measure-sections\.json$/u, /^\d+\.zh\.title$/u],
  [/^content\/departments\.json$/u, /^\d+\.zh\.(?:name|shortNames\.\d+)$/u],
  [/^content\/categories\.json$/u, /^\d+\.zh\.name$/u],
  [/^content\/place-kinds\.json$/u, /^\d+\.zh\.name$/u],
];

function stringsIn(value: unknown, path: string[], out: { path: string[]; text: string }[]) {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, i) => stringsIn(item, [...path, String(i)], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) stringsIn(item, [...path, key], out);
}

/**
 * Every Chinese or English text the site shows in its own words: each string in a content file
 * that stands under a `zh` or `en` key, but for the plan's verbatim fields, and every string of a
 * locale file.
 * @param contentFiles each content file's parsed JSON by its path (`content/services/34.json`)
 * @param localeFiles each locale file's strings by its path (`src/locales/en.json`)
 */
export function textsToCheck(contentFiles: Readonly<Record<string, unknown>>, localeFiles: Readonly<Record<string, Readonly<Record<string, string>>>>): TextToCheck[] {
  const texts: TextToCheck[] = [];
  for (const [file, json] of Object.entries(contentFiles)) {
    const strings: { path: string[]; text: string }[] = [];
    stringsIn(json, [], strings);
    for (const { path, text } of strings) {
      if (!path.includes('zh') && !path.includes('en')) continue;
      const dotted = path.join('.');
      if (verbatimFields.some(([fileRule, pathRule]) => fileRule.test(file) && pathRule.test(dotted))) continue;
      texts.push({ where: `${file}, ${dotted}`, text });
    }
  }
  for (const [file, strings] of Object.entries(localeFiles)) {
    for (const [key, text] of Object.entries(strings)) texts.push({ where: `${file}, "${key}"`, text });
  }
  return texts;
}

/** What a number may be: a listed line (or its 021 form), or a number a page read on record says. */
export interface KnownNumbers {
  hotlines: readonly { number?: string | undefined; offerShanghaiAreaCode?: boolean }[];
  sources: readonly { id: string; excerpts: readonly string[] }[];
}

/** The misprint of the list (item 34's 12388): allowed only where the same text gives 12338, the number it stands for. */
const misprint = { printed: '12388', meant: '12338' };

/**
 * Every number in the texts that no listed line and no page read accounts for, with where it is.
 * @example findUnlistedNumbers([{ where: 'x', text: '拨打12354' }], { hotlines: [{ number: '12355' }], sources: [] }) // ['x: 12354 is not a line in content/hotlines.json …']
 */
export function findUnlistedNumbers(texts: readonly TextToCheck[], known: KnownNumbers): string[] {
  const allowed = new Set<string>();
  for (const line of known.hotlines) {
    if (line.number === undefined) continue;
    allowed.add(line.number);
    if (line.offerShanghaiAreaCode) allowed.add(`021${line.number}`);
  }
  for (const source of known.sources) for (const excerpt of source.excerpts) for (const { digits } of phoneLikeNumbers(excerpt)) allowed.add(digits);
  const problems: string[] = [];
  for (const { where, text } of texts) {
    for (const { digits, written } of phoneLikeNumbers(text)) {
      if (allowed.has(digits)) continue;
      if (digits === misprint.printed && phoneLikeNumbers(text).some((other) => other.digits === misprint.meant)) continue;
      problems.push(
        `${where}: ${written} is not a line in content/hotlines.json, nor a number on a page in content/sources.json: correct it, or add the official page that gives it`,
      );
    }
  }
  return problems;
}
