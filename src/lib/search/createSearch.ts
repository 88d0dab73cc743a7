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
import { withoutQuestionWords } from './fillerWords.ts';
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

/** How much more an emergency number counts than a service that matches as well (see IndexedDocument.urgent). */
const urgentWeight = 1.3;

/** Pinyin read as Chinese words counts a little less than the words typed in Chinese. */
const pinyinAsChineseWeight = 0.9;

/** What a long text holding a whole Chinese query word for word counts as a phrase match. */
const textHoldsQuery = 0.7;

/**
 * How much of the query a page must match in one field to be shown at all (a single common
 * character of a two-character query is not enough: 发烧 must not find 发展), and to be shown as
 * an answer rather than as possibly related.
 */
const minimumEvidence = 0.3;
const confidentEvidence = 0.5;

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
  /**
   * Nothing matched a name or term, nor most of the query: the results are only possibly related
   * (a typo, or words no page uses), and the page says so rather than present them as answers.
   */
  weak: boolean;
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
/** A document's score for a query, the best share of the query one of its fields matched, and whether that was more than scattered characters. */
interface Scored {
  score: number;
  evidence: number;
  strong: boolean;
}

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
 * How well a query's syllables (" zi sha ") match a phrase's (" hai zi shang xue "): whole
 * syllables only, 1 when equal, less when one holds the other.
 */
function compareSyllables(query: string, phrase: string): number {
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

/** A query spelled in pinyin stands for at most this many Chinese words. */
const maxWordsForPinyin = 3;

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
  const steps = preparing(file);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * The same, in slices of at most `sliceMs` with a pause between them, so that on a slow phone
 * preparing the index never holds the page still for long (a long task delays taps and typing).
 */
export async function createSearchInSlices(file: SearchIndexFile, sliceMs = 30, pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))): Promise<Search> {
  const steps = preparing(file);
  let started = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - started > sliceMs) {
      await pause();
      started = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}

/** Builds the search, yielding after each document so a caller can pause between slices. */
function* preparing(file: SearchIndexFile): Generator<void, Search> {
  const documents = file.documents;
  const readings = readingTable(file.readings);
  const hanPostings = new Map<string, Postings>();
  const wordPostings = new Map<string, Postings>();

  /** The pinyin of a document's Chinese names and terms, a list of syllables each. */
  const spellingsOf = (document: IndexedDocument): string[][] =>
    [...document.names, ...document.terms].filter((phrase) => /\p{Script=Han}/u.test(phrase)).flatMap((phrase) => pinyinSpellings(phrase, readings));
  const fieldValues = (document: IndexedDocument, spellings: string[][]): Record<Field, string[]> => ({
    names: document.names,
    terms: document.terms,
    pinyin: spellings.map((syllables) => syllables.join('')),
    initials: spellings.filter((syllables) => syllables.length >= 2).map((syllables) => syllables.map((s) => s[0]).join('')),
    text: [...document.text, document.label.detail],
  });

  // Each document's names and terms as syllables (" da yi miao "), for comparing a Chinese query by
  // its sound whole syllables at a time: 孩子上学 (hai zi shang xue) holds "zi shang", not 自杀 "zi sha".
  const syllablePhrases: string[][] = [];
  const phrases: Phrase[][][] = [];
  for (const [d, document] of documents.entries()) {
    const spellings = spellingsOf(document);
    syllablePhrases.push([...new Set(spellings.map((syllables) => ` ${syllables.join(' ')} `))]);
    const values = fieldValues(document, spellings);
    phrases.push(fields.map((field, f) => {
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
    }));
    yield;
  }
  // Made on the first query in pinyin, so opening search does not wait for it.
  let chineseBySound: Map<string, Set<string>> | undefined;
  /** The Chinese words a query spelled in pinyin may stand for; none unless it is all letters. */
  const chineseForPinyin = (query: string): string[] => {
    const letters = query.replace(/ /gu, '');
    if (!/^[a-z]{3,}$/u.test(letters)) return [];
    chineseBySound ??= soundIndex(documents, readings);
    return [...(chineseBySound.get(letters) ?? [])].slice(0, maxWordsForPinyin);
  };
  // Latin words by their first letter: a prefix or a typo is looked for among words that start alike.
  const vocabulary = new Map<string, string[]>();
  for (const word of wordPostings.keys()) {
    const bucket = vocabulary.get(word[0]!);
    if (bucket) bucket.push(word);
    else vocabulary.set(word[0]!, [word]);
  }
  /** The IDF of evidence only one document holds. */
  const rarest = Math.log(1 + documents.length);
  const documentByTarget = new Map(documents.map((document, d) => [document.target, d]));
  const pinyinField = fields.indexOf('pinyin');
  const textField = fields.indexOf('text');

  /**
   * Adds each piece of query evidence to the documents and fields that hold it, into `coverage`;
   * returns what full coverage would be.
   */
  function gatherCoverage(query: string, coverage: Float64Array, characters: Float64Array, pairFound: Uint8Array): number {
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
      if (!entry) {
        // A character no page uses counts against every page, as the rarest evidence would: so 自杀
        // does not pass for a perfect match of 自闭症 on 自 alone. (Question words are cut out
        // before this; a pair no page uses is left out, or a typo would count twice.)
        if (weight === singleCharacterWeight) total += weight * rarest;
        continue;
      }
      const idf = inverseFrequency(entry, documents.length);
      total += weight * idf;
      const isPair = weight !== singleCharacterWeight;
      if (isPair) pairFound[documents.length] = 1;
      for (const slot of entry.slots) {
        if (isPair) {
          coverage[slot]! += weight * idf;
          pairFound[Math.floor(slot / fields.length)] = 1;
        } else characters[slot]! += weight * idf;
      }
    }
    for (const word of new Set(words.map(stemWord))) {
      // For each query word, each field keeps only its best-matching word, so a short prefix that
      // matches many words does not count many times over.
      const best = new Map<number, number>();
      let strongest = 0;
      const number = isDigits(word);
      // A phone number with a wrong digit is another number: digits never match by typo.
      const allowance = number ? 0 : typoAllowance(word.length);
      for (const candidate of vocabulary.get(word[0]!) ?? []) {
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
      // A word no page has (nor any close to it) counts against every page, like an unknown character.
      total += strongest > 0 ? strongest : rarest / 2;
      for (const [slot, value] of best) coverage[slot]! += value;
    }
    return total;
  }

  /**
   * Every document's score for a normalised query, in index order, and its evidence: the best
   * share of the query any one of its fields matched (0 to 1), whatever the field's weight.
   */
  function scoreDocuments(query: string, typed = query): Scored[] {
    const coverage = new Float64Array(documents.length * fields.length);
    const characters = new Float64Array(documents.length * fields.length);
    const pairFound = new Uint8Array(documents.length + 1);
    const total = gatherCoverage(query, coverage, characters, pairFound);
    // Single characters count only in a document that holds one of the query's pairs, or when no
    // document holds any: 孩子打针 must not rank pages on 打 and 针 alone when others hold 孩子,
    // while 疫描 (a typo no page has a pair of) still finds 疫苗 by 疫.
    const anyPairFound = pairFound[documents.length] === 1;
    // The sound of a Chinese query, for the wrong character a pinyin keyboard offers.
    const hanOnly = query.replace(/[^\p{Script=Han}]/gu, '');
    const longChineseQuery = Array.from(hanOnly).length >= 3 && !query.includes(' ');
    // Only a query whose every character has a known reading is compared by sound: the sound of
    // part of it (自杀 without 杀 is just "zi") would match anything.
    const hanCount = Array.from(hanOnly).length;
    const sounds =
      hanCount >= 2
        ? pinyinSpellings(hanOnly, readings)
            .filter((spelling) => spelling.length === hanCount)
            .map((spelling) => ` ${spelling.join(' ')} `)
        : [];
    // Whole phrases are compared as typed, question words and all ("what can I get" is a term).
    const asked = preparePhrase(typed);

    return documents.map((document, d) => {
      const charactersCount = !anyPairFound || pairFound[d] === 1;
      let score = 0;
      let evidence = 0;
      let strong = false;
      fields.forEach((field, f) => {
        let phrase = 0;
        for (const value of phrases[d]![f]!) {
          if (f === textField) {
            // Long text counts as a phrase only when it holds a Chinese query of three characters or more word for word.
            if (longChineseQuery && value.compact.includes(asked.compact)) phrase = Math.max(phrase, textHoldsQuery);
            continue;
          }
          phrase = Math.max(phrase, comparePhrases(asked, value, phraseModes[field as Exclude<Field, 'text'>]));
        }
        if (f === pinyinField) {
          for (const sound of sounds) for (const syllables of syllablePhrases[d]!) phrase = Math.max(phrase, soundAlikeWeight * compareSyllables(sound, syllables));
        }
        const slot = d * fields.length + f;
        const covered = total > 0 ? (coverage[slot]! + (charactersCount ? characters[slot]! : 0)) / total : 0;
        score += fieldWeight[field] * Math.max(phrase, covered);
        evidence = Math.max(evidence, phrase, covered);
        // Matched by more than scattered characters: a phrase, a pair of characters, or a word.
        strong ||= phrase >= 0.6 || coverage[slot]! > 0;
      });
      const kind = kindWeight[document.target.slice(0, document.target.indexOf(':'))] ?? 0.5;
      return { score: score * kind * (document.urgent ? urgentWeight : 1), evidence, strong };
    });
  }

  function search(rawQuery: string, limit = 20): SearchOutcome {
    const { text: typed, shortened } = readQuery(rawQuery);
    if (!typed) return { results: [], shortened, weak: false };
    const query = withoutQuestionWords(typed);
    const scores = scoreDocuments(query, typed);
    // Pinyin typed for Chinese words (xinli, da yi miao) is also searched as those words, so it
    // meets the same names, terms and text a Chinese query would.
    for (const words of chineseForPinyin(query)) {
      scoreDocuments(words).forEach((found, d) => {
        if (pinyinAsChineseWeight * found.score > scores[d]!.score) scores[d] = { ...found, score: pinyinAsChineseWeight * found.score };
      });
    }
    const number = parseServiceNumber(typed);
    const numbered = number === undefined ? undefined : documentByTarget.get(`service:${number}`);
    if (numbered !== undefined) scores[numbered] = { score: scores[numbered]!.score + 100, evidence: 1, strong: true };

    const scored = documents
      .map((document, d) => ({ document, ...scores[d]! }))
      .filter((r) => r.score > 0 && r.evidence >= minimumEvidence);
    scored.sort((a, b) => b.score - a.score);
    const best = scored[0];
    const results = scored
      .filter((r) => r.score >= absoluteCutoff && r.score >= (best?.score ?? 0) * relativeCutoff)
      .slice(0, limit)
      .map(({ document, score }) => ({ document, score }));
    const weak = best !== undefined && (!best.strong || best.evidence < confidentEvidence);
    return numbered === undefined ? { results, shortened, weak } : { results, shortened, weak, serviceNumber: number! };
  }

  return { search, size: documents.length };
}
