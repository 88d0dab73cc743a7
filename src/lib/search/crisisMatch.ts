/**
 * Whether a search signals someone in trouble, read from the curated crisis list
 * (content/crisis-words.json) before any search result: danger now (110 and 120 first, then the
 * plan's line that fits) or a need for help (the fitting line only). Small on purpose: it runs from
 * its own little file, so the answer shows while the search index is still loading, and offline.
 *
 * Chinese words are found anywhere in the query (孩子被打了怎么办 holds 被打); Latin words only as
 * whole words, each compared by its stem and, for long words, with room for one typo (suicdie), so
 * "aid" never matches inside "said" and "rap" is not "raped".
 */
import { readQuery } from './normaliseQuery.ts';
import { stemWord, withinEdits } from './textFeatures.ts';

export type CrisisTier = 'danger' | 'help';

/** A group of the list as the matcher needs it: what it signals, its lines, its words as the search reads a query. */
export interface CrisisWords {
  tier: CrisisTier | 'child';
  lines: string[];
  /** Added when the query also names a child (a word of a `child` group). */
  childLines: string[];
  words: string[];
}

export interface CrisisMatch {
  tier: CrisisTier;
  /** The plan's lines that fit, in the list's order, without repeats (may be none: a missing child is 110's). */
  lines: string[];
}

/** Latin words shorter than this are compared whole: a stem of "rap" or "son" would match other words. */
const stemmedLength = 4;
/** A single long word may carry one typo (sucide, suicde) and still match; a short one is another word. */
const typoLength = 7;

/** The endings a listed word takes (hit: hits, hitting; rape: raped), so the list needs only the plain word. */
const endings = ['s', 'es', 'd', 'ed', 'ing'];

function sameWord(listed: string, typed: string, alone: boolean): boolean {
  if (listed === typed) return true;
  if (typed.startsWith(listed)) {
    const ending = typed.slice(listed.length);
    // A doubled last letter before -ing or -ed (hitting, cutting) counts as the ending alone.
    if (endings.includes(ending) || (endings.includes(ending.slice(1)) && ending[0] === listed.at(-1))) return true;
  }
  if (listed.length < stemmedLength || typed.length < stemmedLength) return false;
  if (stemWord(listed) === stemWord(typed)) return true;
  return alone && listed.length >= typoLength && typed.length >= typoLength - 1 && withinEdits(listed, typed, 1);
}

/**
 * Whether the listed Latin phrase stands in the typed words, word for word and in order. A single
 * listed word also matches two or three typed words run together: pinyin typed with spaces
 * ("zi sha", "bu xiang huo") is the listed zisha, buxianghuo.
 */
function holdsPhrase(typed: string[], listed: string[]): boolean {
  for (let start = 0; start + listed.length <= typed.length; start += 1) {
    if (listed.every((word, i) => sameWord(word, typed[start + i]!, listed.length === 1))) return true;
    if (listed.length === 1 && listed[0]!.length >= stemmedLength + 1) {
      for (const span of [2, 3]) if (typed.slice(start, start + span).join('') === listed[0]) return true;
    }
  }
  return false;
}

const han = /\p{Script=Han}/u;

/**
 * The crisis answer a query calls for, or undefined.
 * @example matchCrisis('不想活了', list) // { tier: 'danger', lines: ['962525'] }
 * @example matchCrisis('打印', list) // undefined
 */
export function matchCrisis(query: string, groups: readonly CrisisWords[]): CrisisMatch | undefined {
  // As the search reads it: normalised, and only its first 100 characters, so a pasted page costs no more than a question.
  const normalised = readQuery(query).text;
  const compact = normalised.replace(/ /gu, '');
  // "can't" arrives as "can t": read as "cant", the way many people type it anyway.
  // "is" and "are" are left out, so "child missing" also finds "my child is missing".
  const typed = (normalised.replace(/\b(can|don|won|didn|isn)( t)\b/gu, '$1t').match(/[a-z]+/gu) ?? []).filter((word) => word !== 'is' && word !== 'are');
  const found = groups.filter((group) => group.words.some((word) => (han.test(word) ? compact.includes(word) : holdsPhrase(typed, word.split(' ')))));
  const signals = found.filter((group) => group.tier !== 'child');
  if (signals.length === 0) return undefined;
  const child = found.some((group) => group.tier === 'child');
  const lines = [...new Set(signals.flatMap((group) => (child ? [...group.lines, ...group.childLines] : group.lines)))];
  return { tier: signals.some((group) => group.tier === 'danger') ? 'danger' : 'help', lines };
}
