/**
 * The pieces text is compared by. Chinese is not cut into words (that needs a dictionary the phone
 * should not download); it is compared by single characters and pairs of characters, so 孩子打疫苗
 * shares 疫苗 with 疫苗接种 without either containing the other. Latin text is compared by words,
 * lightly stemmed, with room for a typo.
 */
import { splitScripts } from './normaliseQuery.ts';

/**
 * The single characters and adjacent pairs of a Han run.
 * @example hanGrams('打疫苗') // { singles: ['打','疫','苗'], pairs: ['打疫','疫苗'] }
 */
export function hanGrams(run: string): { singles: string[]; pairs: string[] } {
  const characters = Array.from(run);
  const pairs: string[] = [];
  for (let i = 0; i + 1 < characters.length; i += 1) pairs.push(characters[i]! + characters[i + 1]!);
  return { singles: characters, pairs };
}

/** Words whose final s is no plural: cut, they would become other words (aids → aid, news → new). */
const notPlurals = new Set(['aids', 'news']);

/**
 * A Latin word cut to a stem both spellings and both numbers share: vaccines and vaccine →
 * vaccin, immunisation and immunization → immunizat…, so either way of writing finds the other.
 * Crude on purpose: it only has to treat the query and the index alike.
 * @example stemWord('vaccines') // 'vaccin'
 */
export function stemWord(word: string): string {
  if (!/^[a-z]+$/u.test(word) || word.length <= 3 || notPlurals.has(word)) return word;
  let stem = word.replace(/is(ation|ations|e|es|ed|ing)$/u, 'iz$1');
  if (stem.endsWith('ies') && stem.length > 4) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('s') && !stem.endsWith('ss')) stem = stem.slice(0, -1);
  if (stem.endsWith('ing') && stem.length > 5) stem = stem.slice(0, -3);
  else if (stem.endsWith('ed') && stem.length > 4) stem = stem.slice(0, -2);
  if (stem.endsWith('e') && stem.length > 4) stem = stem.slice(0, -1);
  return stem;
}

/** The stemmed Latin and digit words of normalised text. */
export function latinWords(normalised: string): string[] {
  return splitScripts(normalised).words.map(stemWord);
}

/**
 * Whether `a` and `b` differ by at most `limit` single-character edits (insert, delete, replace,
 * or swap two neighbours). Gives up early, so it stays cheap when they are far apart.
 */
export function withinEdits(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let previousRow: number[] = [];
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previousRow[j - 2]! + 1);
      next.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return false;
    previousRow = row;
    row = next;
  }
  return row[b.length]! <= limit;
}

/**
 * How many typos a Latin word of this length may carry and still match: none under 5 letters,
 * where one changed letter is usually another word (kill, fill, bill).
 */
export function typoAllowance(length: number): number {
  if (length < 5) return 0;
  return length < 8 ? 1 : 2;
}
