/**
 * How a query compares with one phrase of a document (a name, a term, their pinyin or initials),
 * whole: equal, inside it, or holding it. The coverage measure, piece by piece, is in createSearch.ts.
 */
export const isDigits = (text: string) => /^\d+$/u.test(text);

/**
 * How a phrase is compared with the whole query: `words` (names and terms: Chinese anywhere, Latin
 * only from the start of a word, so "ym" is not found inside "employment"), `sounds` (pinyin,
 * which has no spaces to mark words: from the start, or anywhere for four letters or more) or
 * `exact` (initials, which are too short to mean anything in part).
 */
export type PhraseMode = 'words' | 'sounds' | 'exact';

/** A phrase or query prepared once for comparison: spaced (words marked), compact, and whether it holds Chinese. */
export interface Phrase {
  spaced: string;
  compact: string;
  han: boolean;
  digits: boolean;
  /**
   * Whether its last word may be unfinished, still being typed, and so match the start of a longer
   * word ("vacc" of "vaccine"). True unless the search knows it as a whole word.
   */
  open: boolean;
}

export function preparePhrase(normalised: string): Phrase {
  const compact = normalised.replace(/ /gu, '');
  return { spaced: ` ${normalised} `, compact, han: /\p{Script=Han}/u.test(compact), digits: isDigits(compact), open: true };
}

export function comparePhrases(q: Phrase, p: Phrase, mode: PhraseMode): number {
  if (p.compact === q.compact) return 1;
  const ql = q.compact.length;
  const pl = p.compact.length;
  if (mode === 'exact' || pl < 2 || ql < 2) return 0;
  const inside = () => 0.6 + (0.4 * ql) / pl;
  const holding = () => 0.35 + (0.55 * pl) / ql;
  if (p.digits || q.digits) return ql >= 3 && p.compact.startsWith(q.compact) ? inside() : 0;
  if (q.han || p.han) {
    if (pl > ql) return p.compact.includes(q.compact) ? inside() : 0;
    return q.compact.includes(p.compact) ? holding() : 0;
  }
  if (mode === 'sounds') {
    if (p.compact.startsWith(q.compact) || (ql >= 4 && p.compact.includes(q.compact))) return inside();
    return pl >= 4 && q.compact.includes(p.compact) ? holding() : 0;
  }
  // Latin words: the query from the start of a word of the phrase (whole words when its last word is
  // finished: "car" is not in "health care"), or the phrase as whole words of the query.
  if (p.spaced.includes(q.open ? q.spaced.slice(0, -1) : q.spaced)) return inside();
  return q.spaced.includes(p.spaced) ? holding() : 0;
}

/**
 * How well a query's syllables (" zi sha ") match a phrase's (" hai zi shang xue "): whole
 * syllables only, 1 when equal, less when one holds the other.
 */
export function compareSyllables(query: string, phrase: string): number {
  if (query === phrase) return 1;
  const count = (text: string) => text.trim().split(' ').length;
  if (phrase.includes(query)) return 0.6 + (0.4 * count(query)) / count(phrase);
  if (count(phrase) >= 2 && query.includes(phrase)) return 0.35 + (0.55 * count(phrase)) / count(query);
  return 0;
}

/**
 * How well the whole query (normalised, as readQuery gives it) matches one phrase (likewise):
 * 1 when equal, less when one holds the other. Numbers match only whole or by their start
 * (123 → 12355): 12 is not in 12355, and 12388 is not 12338.
 */
export function phraseMatch(query: string, phrase: string, mode: PhraseMode = 'words'): number {
  return comparePhrases(preparePhrase(query), preparePhrase(phrase), mode);
}
