/**
 * The search itself: pure TypeScript that runs on the phone over the index, with no dictionary or
 * library. Each document is scored on each of its fields (names, curated terms, their pinyin and
 * initials, and longer text) by two measures, and a field counts by the better of the two:
 *
 * - phrase: the query equals a name or term, sits inside one, or holds one whole
 *   (孩子打疫苗去哪里 holds the term 打疫苗);
 * - coverage: how much of the query's evidence the field holds, each Chinese character pair and
 *   character, and each Latin word, weighted by how rare it is across documents (IDF), so 疫苗
 *   counts for much and 孩子, which nearly every service mentions, for little. Coverage is what lets
 *   a query with a wrong character, or words in another order, still find its page.
 *
 * A Chinese query is also compared by its pinyin, which catches the wrong character a pinyin
 * keyboard offers (普发 for 普法). A field's score is multiplied by the field's weight and the
 * document's kind: a service is what most people mean; a measure of the plan repeats its words.
 */
import type { IndexedDocument, SearchIndexFile } from './indexFile.ts';
import { normaliseForSearch, readQuery, splitScripts } from './normaliseQuery.ts';
import { parseServiceNumber } from './parseServiceNumber.ts';
import { pinyinSpellings, readingTable } from './pinyinOf.ts';
import { hanGrams, latinWords, stemWord, typoAllowance, withinEdits } from './textFeatures.ts';

const fields = ['names', 'terms', 'pinyin', 'initials', 'text'] as const;
type Field = (typeof fields)[number];

/** How much a match in each field counts: an official name is the best evidence of what was meant. */
const fieldWeight: Record<Field, number> = { names: 3, terms: 2.6, pinyin: 2, initials: 1, text: 1 };

const phraseModes: Record<Exclude<Field, 'text'>, PhraseMode> = { names: 'words', terms: 'words', pinyin: 'sounds', initials: 'exact' };

/** How much each kind of page counts, by the prefix of its target (`service:3`). */
const kindWeight: Record<string, number> = { service: 1, hotline: 1, page: 0.75, category: 0.75, department: 0.7, measure: 0.55 };

/** A single Chinese character is weaker evidence than a pair. */
const singleCharacterWeight = 0.4;

/** A Chinese query matched only by its sound is weaker evidence than the characters themselves. */
const soundAlikeWeight = 0.6;

/** Pinyin read as Chinese words counts a little less than the words typed in Chinese. */
const pinyinAsChineseWeight = 0.9;

/** What a long text holding a whole Chinese query word for word counts as a phrase match. */
const textHoldsQuery = 0.7;

/** Results scoring less than this share of the best one are noise, not answers. */
const relativeCutoff = 0.2;
const absoluteCutoff = 0.3;

export interface SearchResult {
  document: IndexedDocument;
  score: number;
}

export interface SearchOutcome {
  /** Best first, at most the limit asked for. */
  results: SearchResult[];
  /** The query was longer than the search reads; only its start was used. */
  shortened: boolean;
  /** The query was a service number (第34项) and that service exists. */
  serviceNumber?: number;
}

export interface Search {
  search(query: string, limit?: number): SearchOutcome;
  /** How many documents the index holds. */
  size: number;
}

const isDigits = (text: string) => /^\d+$/u.test(text);
const hanRuns = /\p{Script=Han}+/gu;

/**
 * Where a piece of evidence occurs: for each document and field that holds it, one number,
 * `document * fields.length + field` (the slot of that field in a score array), and how many
 * documents hold it, for its IDF. Numbers, not objects, keep preparing the index cheap on a phone.
 */
interface Postings {
  slots: number[];
  documents: number;
}

function addPosting(postings: Map<string, Postings>, key: string, document: number, field: number) {
  const slot = document * fields.length + field;
  const entry = postings.get(key);
  if (!entry) {
    postings.set(key, { slots: [slot], documents: 1 });
    return;
  }
  // Postings are added document by document, field by field, so a repeat can only be the last one.
  const last = entry.slots[entry.slots.length - 1]!;
  if (last === slot) return;
  if (Math.floor(last / fields.length) !== document) entry.documents += 1;
  entry.slots.push(slot);
}

/** Inverse document frequency: rare evidence counts more. */
const inverseFrequency = (entry: Postings, documentCount: number) => Math.log(1 + documentCount / entry.documents);

/**
 * How a phrase is compared with the whole query: `words` (names and terms: Chinese anywhere, Latin
 * only from the start of a word, so "ym" is not found inside "employment"), `sounds` (pinyin,
 * which has no spaces to mark words: from the start, or anywhere for four letters or more) or
 * `exact` (initials, which are too short to mean anything in part).
 */
export type PhraseMode = 'words' | 'sounds' | 'exact';

/** A phrase or query prepared once for comparison: spaced (words marked), compact, and whether it holds Chinese. */
interface Phrase {
  spaced: string;
  compact: string;
  han: boolean;
  digits: boolean;
}

function preparePhrase(normalised: string): Phrase {
  const compact = normalised.replace(/ /gu, '');
  return { spaced: ` ${normalised} `, compact, han: /\p{Script=Han}/u.test(compact), digits: isDigits(compact) };
}

function comparePhrases(q: Phrase, p: Phrase, mode: PhraseMode): number {
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
  // Latin words: the query from the start of a word of the phrase, or the phrase as whole words of the query.
  if (p.spaced.includes(q.spaced.slice(0, -1))) return inside();
  return q.spaced.includes(p.spaced) ? holding() : 0;
}

/**
 * How well the whole query (normalised, as readQuery gives it) matches one phrase (likewise):
 * 1 when equal, less when one holds the other. Numbers match only whole or by their start
 * (123 → 12355): 12 is not in 12355, and 12388 is not 12338.
 */
export function phraseMatch(query: string, phrase: string, mode: PhraseMode = 'words'): number {
  return comparePhrases(preparePhrase(query), preparePhrase(phrase), mode);
}

/** A query spelled in pinyin stands for at most this many Chinese words. */
const maxWordsForPinyin = 6;

/**
 * Pinyin → the Chinese words of two to four characters in the names and terms that sound so
 * (xinli → 心理), for reading a pinyin query as Chinese without a dictionary.
 */
function soundIndex(documents: IndexedDocument[], readings: Map<string, string[]>): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const document of documents) {
    for (const phrase of [...document.names, ...document.terms]) {
      for (const run of phrase.match(/\p{Script=Han}+/gu) ?? []) {
        const characters = Array.from(run);
        const heard = characters.map((character) => readings.get(character));
        for (let start = 0; start < characters.length; start += 1) {
          // Spellings grow one character at a time, so each word of 2 to 4 characters costs one step.
          let spellings = [''];
          for (let end = start; end < Math.min(start + 4, characters.length); end += 1) {
            const options = heard[end];
            if (!options) break; // a character without a reading ends the words that start here
            spellings = spellings.flatMap((spelling) => options.map((syllable) => spelling + syllable)).slice(0, 4);
            if (end === start) continue;
            const word = characters.slice(start, end + 1).join('');
            for (const key of spellings) {
              if (!index.has(key)) index.set(key, new Set());
              index.get(key)!.add(word);
            }
          }
        }
      }
    }
  }
  return index;
}

/** Prepares an index for searching: builds the postings once, so each query is quick. */
export function createSearch(file: SearchIndexFile): Search {
  const documents = file.documents;
  const readings = readingTable(file.readings);
  const hanPostings = new Map<string, Postings>();
  const wordPostings = new Map<string, Postings>();

  const fieldValues = (document: IndexedDocument): Record<Field, string[]> => {
    const chinese = [...document.names, ...document.terms].filter((phrase) => /\p{Script=Han}/u.test(phrase));
    const spellings = chinese.flatMap((phrase) => pinyinSpellings(phrase, readings));
    return {
      names: document.names,
      terms: document.terms,
      pinyin: spellings.map((syllables) => syllables.join('')),
      initials: spellings.filter((syllables) => syllables.length >= 2).map((syllables) => syllables.map((s) => s[0]).join('')),
      text: [...document.text, document.label.detail],
    };
  };

  const phrases = documents.map((document, d) => {
    const values = fieldValues(document);
    return fields.map((field, f) => {
      // Index text is normalised in full; only queries are cut to a length (readQuery).
      const normalised = values[field].map(normaliseForSearch).filter(Boolean);
      for (const value of normalised) {
        for (const run of value.match(hanRuns) ?? []) {
          const characters = Array.from(run);
          characters.forEach((character, i) => {
            addPosting(hanPostings, character, d, f);
            if (i > 0) addPosting(hanPostings, characters[i - 1]! + character, d, f);
          });
        }
        for (const word of latinWords(value)) addPosting(wordPostings, word, d, f);
      }
      return [...new Set(normalised)].map(preparePhrase);
    });
  });
  // Made on the first query in pinyin, so opening search does not wait for it.
  let chineseBySound: Map<string, Set<string>> | undefined;
  /** The Chinese words a query spelled in pinyin may stand for; none unless it is all letters. */
  const chineseForPinyin = (query: string): string[] => {
    const letters = query.replace(/ /gu, '');
    if (!/^[a-z]{3,}$/u.test(letters)) return [];
    chineseBySound ??= soundIndex(documents, readings);
    return [...(chineseBySound.get(letters) ?? [])].slice(0, maxWordsForPinyin);
  };
  const vocabulary = [...wordPostings.keys()];
  const documentByTarget = new Map(documents.map((document, d) => [document.target, d]));
  const pinyinField = fields.indexOf('pinyin');
  const textField = fields.indexOf('text');

  /**
   * Adds each piece of query evidence to the documents and fields that hold it, into `coverage`;
   * returns what full coverage would be.
   */
  function gatherCoverage(query: string, coverage: Float64Array): number {
    let total = 0;
    const { han, words } = splitScripts(query);
    const grams = new Map<string, number>();
    for (const run of han) {
      const { singles, pairs } = hanGrams(run);
      for (const single of singles) grams.set(single, Math.max(grams.get(single) ?? 0, singleCharacterWeight));
      for (const pair of pairs) grams.set(pair, 1);
    }
    for (const [gram, weight] of grams) {
      const entry = hanPostings.get(gram);
      if (!entry) continue; // a character no page uses: a typo or a filler word
      const idf = inverseFrequency(entry, documents.length);
      total += weight * idf;
      for (const slot of entry.slots) coverage[slot]! += weight * idf;
    }
    for (const word of new Set(words.map(stemWord))) {
      // For each query word, each field keeps only its best-matching word, so a short prefix that
      // matches many words does not count many times over.
      const best = new Map<number, number>();
      let strongest = 0;
      const number = isDigits(word);
      // A phone number with a wrong digit is another number: digits never match by typo.
      const allowance = number ? 0 : typoAllowance(word.length);
      for (const candidate of vocabulary) {
        let quality = 0;
        if (candidate === word) quality = 1;
        else if (word.length >= (number ? 3 : 2) && candidate.startsWith(word)) quality = 0.8;
        else if (allowance > 0 && withinEdits(word, candidate, allowance)) quality = 0.7;
        if (quality === 0) continue;
        const entry = wordPostings.get(candidate)!;
        const idf = inverseFrequency(entry, documents.length);
        strongest = Math.max(strongest, idf);
        for (const slot of entry.slots) best.set(slot, Math.max(best.get(slot) ?? 0, quality * idf));
      }
      total += strongest;
      for (const [slot, value] of best) coverage[slot]! += value;
    }
    return total;
  }

  /** Every document's score for a normalised query, in index order. */
  function scoreDocuments(query: string): number[] {
    const coverage = new Float64Array(documents.length * fields.length);
    const total = gatherCoverage(query, coverage);
    // The sound of a Chinese query, for the wrong character a pinyin keyboard offers.
    const hanOnly = query.replace(/[^\p{Script=Han}]/gu, '');
    const longChineseQuery = Array.from(hanOnly).length >= 3 && !query.includes(' ');
    const sounds = Array.from(hanOnly).length >= 2 ? pinyinSpellings(hanOnly, readings).map((s) => preparePhrase(s.join(''))) : [];
    const asked = preparePhrase(query);

    return documents.map((document, d) => {
      let score = 0;
      fields.forEach((field, f) => {
        let phrase = 0;
        for (const value of phrases[d]![f]!) {
          if (f === textField) {
            // Long text counts as a phrase only when it holds a Chinese query of three characters or more word for word.
            if (longChineseQuery && value.compact.includes(asked.compact)) phrase = Math.max(phrase, textHoldsQuery);
            continue;
          }
          phrase = Math.max(phrase, comparePhrases(asked, value, phraseModes[field as Exclude<Field, 'text'>]));
          if (f === pinyinField) for (const sound of sounds) phrase = Math.max(phrase, soundAlikeWeight * comparePhrases(sound, value, 'sounds'));
        }
        const covered = total > 0 ? coverage[d * fields.length + f]! / total : 0;
        score += fieldWeight[field] * Math.max(phrase, covered);
      });
      return score * (kindWeight[document.target.slice(0, document.target.indexOf(':'))] ?? 0.5);
    });
  }

  function search(rawQuery: string, limit = 20): SearchOutcome {
    const { text: query, shortened } = readQuery(rawQuery);
    if (!query) return { results: [], shortened };
    const scores = scoreDocuments(query);
    // Pinyin typed for Chinese words (xinli, da yi miao) is also searched as those words, so it
    // meets the same names, terms and text a Chinese query would.
    for (const words of chineseForPinyin(query)) {
      scoreDocuments(words).forEach((score, d) => (scores[d] = Math.max(scores[d]!, pinyinAsChineseWeight * score)));
    }
    const number = parseServiceNumber(query);
    const numbered = number === undefined ? undefined : documentByTarget.get(`service:${number}`);
    if (numbered !== undefined) scores[numbered]! += 100;

    const scored = documents.map((document, d) => ({ document, score: scores[d]! })).filter((r) => r.score > 0);
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0]?.score ?? 0;
    const results = scored.filter((r) => r.score >= absoluteCutoff && r.score >= best * relativeCutoff).slice(0, limit);
    return numbered === undefined ? { results, shortened } : { results, shortened, serviceNumber: number! };
  }

  return { search, size: documents.length };
}
