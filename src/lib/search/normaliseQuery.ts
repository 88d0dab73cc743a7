/**
 * What a typed query and the indexed text are both reduced to before they are compared, so that
 * full-width digits, capitals, stray spaces and invisible characters never decide a match.
 */
import { stripInvisible } from '../stripInvisible.ts';

/** Longest query the search reads; the rest is ignored (and the results page says so). */
export const maxQueryLength = 100;

// Anything that is not a letter or a digit separates words: punctuation of both scripts, symbols, emoji.
const separators = /[^\p{L}\p{N}]+/gu;

/**
 * Lower-case, NFKC-folded text (full-width ３４ and Ｖａｃｃｉｎｅ become 34 and vaccine) with
 * invisible characters removed and every run of punctuation, symbols or spaces turned into one space.
 * @example normaliseForSearch(' 打疫苗？？ ') // '打疫苗'
 * @example normaliseForSearch('Ｖaccine,  SHOTS') // 'vaccine shots'
 */
export function normaliseForSearch(text: string): string {
  // The joiners stripInvisible keeps for emoji are dropped here too, so that one never splits a word.
  return stripInvisible(text.normalize('NFKC'))
    .replace(/[\u200c\u200d]/gu, '')
    .toLowerCase()
    .replace(separators, ' ')
    .trim();
}

/**
 * The query as the search reads it: normalised, a Shanghai number's 021 area code dropped (the
 * site offers 021-12355 for dialling from a phone registered elsewhere), and cut to
 * `maxQueryLength` characters.
 */
export function readQuery(raw: string): { text: string; shortened: boolean } {
  const text = normaliseForSearch(raw).replace(/(^| )021 ?(\d{3,8})(?= |$)/gu, '$1$2');
  const characters = Array.from(text);
  if (characters.length <= maxQueryLength) return { text, shortened: false };
  return { text: characters.slice(0, maxQueryLength).join('').trim(), shortened: true };
}

/** Han characters (Chinese), including the rare extension blocks. */
export const hanCharacter = /\p{Script=Han}/u;

/**
 * The query cut into runs of one script: Han runs (searched by characters) and Latin or digit
 * words (searched as words, as pinyin or as numbers).
 * @example splitScripts('孩子12355热线 xinli') // { han: ['孩子', '热线'], words: ['12355', 'xinli'] }
 */
export function splitScripts(normalised: string): { han: string[]; words: string[] } {
  const han: string[] = [];
  const words: string[] = [];
  for (const match of normalised.matchAll(/\p{Script=Han}+|[^\s\p{Script=Han}]+/gu)) {
    (hanCharacter.test(match[0]) ? han : words).push(match[0]);
  }
  return { han, words };
}

/**
 * A query as the page repeats it back ("results for …"): invisible and direction-changing
 * characters removed, spaces collapsed, and cut to `length` characters.
 * @example displayQuery('  打疫苗\u202e  ') // '打疫苗'
 */
export function displayQuery(raw: string, length = 40): string {
  const text = stripInvisible(raw).replace(/\s+/gu, ' ').trim();
  const characters = Array.from(text);
  return characters.length <= length ? text : `${characters.slice(0, length).join('')}…`;
}
