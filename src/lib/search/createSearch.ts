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
import { compareSyllables, comparePhrases, isDigits, preparePhrase, type PhraseMode } from './comparePhrases.ts';
import { withoutQuestionWords } from './fillerWords.ts';
import type { IndexedDocument, SearchIndexFile } from './indexFile.ts';
import { readQuery, splitScripts } from './normaliseQuery.ts';
import { chineseNumeral, parseServiceNumber } from './parseServiceNumber.ts';
import { pinyinSpellings } from './pinyinOf.ts';
import { fields, inverseFrequency, preparingIndex, type Field, type PreparedIndex } from './prepareSearchIndex.ts';
import { hanGrams, stemWord, typoAllowance, withinEdits } from './textFeatures.ts';

/** How much a match in each field counts: an official name is the best evidence of what was meant. */
const fieldWeight: Record<Field, number> = { names: 3, terms: 2.6, pinyin: 2, initials: 1, text: 1 };

const phraseModes: Record<Exclude<Field, 'text'>, PhraseMode> = { names: 'words', terms: 'words', pinyin: 'sounds', initials: 'exact' };

/**
 * How much each kind of page counts, by the prefix of its target (`service:3`). A `none:` document
 * answers a need the plan has no service for (a residence permit): it counts like a service, as
 * it is just as much what the person meant.
 */
const kindWeight: Record<string, number> = { service: 1, none: 1, hotline: 1, page: 0.75, category: 0.75, department: 0.7, measure: 0.55 };

/** A Latin word held by more than this share of the documents (aid, school, health) is general: see gatherCoverage. */
const generalWordShare = 0.06;

/** A single Chinese character is weaker evidence than a pair. */
const singleCharacterWeight = 0.4;

/** A Chinese query matched only by its sound is weaker evidence than the characters themselves. */
const soundAlikeWeight = 0.6;

/** How much more an emergency number counts than a service that matches as well (see IndexedDocument.urgent). */
const urgentWeight = 1.3;

/**
 * How much more a page counts when the query is, word for word, one of its names or terms: it
 * names that page. 健康服务 is the name of items 16 and 17, while 心理健康服务 (item 34) only holds
 * it; "What can my child get?" is the questionnaire's name, while item 1 only uses "child" in its
 * name, terms and text. Enough that a name matched whole outweighs a query's words matched in
 * every field of another page.
 */
const exactWeight = 2.5;

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

/**
 * A query with the numerals of 第十九条 and 第三项 written in digits, as the pages write them
 * (方案第19条, 第3项), so that either way of writing finds the same page.
 * @example withDigitNumerals('第十九条') // '第19条'
 */
export function withDigitNumerals(query: string): string {
  return query.replace(/第([一二两三四五六七八九十]{1,3})(?=[条项])/gu, (whole, numeral: string) => {
    const number = chineseNumeral(numeral);
    return number === undefined ? whole : `第${number}`;
  });
}

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

/** A document's score for a query, the best share of the query one of its fields matched, and whether that was more than scattered characters. */
interface Scored {
  score: number;
  evidence: number;
  strong: boolean;
}

/** Prepares an index for searching: builds the postings once, so each query is quick. */
export function createSearch(file: SearchIndexFile): Search {
  const steps = preparingIndex(file);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return searchOver(step.value);
}

/**
 * The same, in slices of at most `sliceMs` with a pause between them, so that on a slow phone
 * preparing the index never holds the page still for long (a long task delays taps and typing).
 */
export async function createSearchInSlices(
  file: SearchIndexFile,
  sliceMs = 30,
  pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
): Promise<Search> {
  const steps = preparingIndex(file);
  let started = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - started > sliceMs) {
      await pause();
      started = performance.now();
    }
    step = steps.next();
  }
  return searchOver(step.value);
}

/** The search over a prepared index. */
function searchOver(index: PreparedIndex): Search {
  const { documents, readings, hanPostings, wordPostings, syllablePhrases, phrases, vocabulary, chineseForPinyin } = index;
  /** The IDF of evidence only one document holds. */
  const rarest = Math.log(1 + documents.length);
  const documentByTarget = new Map(documents.map((document, d) => [document.target, d]));
  const pinyinField = fields.indexOf('pinyin');
  const textField = fields.indexOf('text');
  const initialsField = fields.indexOf('initials');

  /**
   * Whether a stemmed Latin word is a word of some page's names, terms or text. Pinyin and its
   * initials are left out: they run whole phrases together (yimiao, myjz), and are typed a part at a time.
   */
  function isWord(word: string): boolean {
    return wordPostings.get(word)?.slots.some((slot) => slot % fields.length !== pinyinField && slot % fields.length !== initialsField) ?? false;
  }

  /**
   * Where one stemmed Latin word of a query occurs: for each field, the value of its best-matching
   * word there (quality × IDF), the highest IDF of the words it matched, and whether it is general.
   * A word the index has is taken as typed: it matches itself (and the words that share its stem),
   * never a longer word it starts nor one a letter away, so "car" does not find "career" nor "care".
   * A word the index lacks may be unfinished or misspelt: it matches the words it starts and those
   * a typo away.
   */
  function matchWord(word: string): { best: Map<number, number>; strongest: number; general: boolean } {
    // Each field keeps only its best-matching word, so a short prefix that matches many words does not count many times over.
    const best = new Map<number, number>();
    const holders = new Set<number>();
    let strongest = 0;
    const number = isDigits(word);
    const known = isWord(word);
    // A phone number with a wrong digit is another number: digits never match by typo.
    const allowance = number || known ? 0 : typoAllowance(word.length);
    for (const candidate of known ? [word] : (vocabulary.get(word[0]!) ?? [])) {
      let quality = 0;
      if (candidate === word) quality = 1;
      else if (word.length >= (number ? 3 : 2) && candidate.startsWith(word)) quality = 0.8;
      else if (allowance > 0 && withinEdits(word, candidate, allowance)) quality = 0.7;
      if (quality === 0) continue;
      const entry = wordPostings.get(candidate)!;
      const idf = inverseFrequency(entry, documents.length);
      strongest = Math.max(strongest, idf);
      for (const slot of entry.slots) {
        best.set(slot, Math.max(best.get(slot) ?? 0, quality * idf));
        holders.add(Math.floor(slot / fields.length));
      }
    }
    return { best, strongest, general: holders.size > generalWordShare * documents.length };
  }

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
    // Each Latin word's matches first, then whether it is general enough to need company (see below).
    const matches = [...new Set(words.map(stemWord))].map((word) => matchWord(word));
    const specific = new Uint8Array(documents.length);
    let anySpecific = false;
    for (const match of matches) {
      if (match.general || match.best.size === 0) continue;
      anySpecific = true;
      for (const slot of match.best.keys()) specific[Math.floor(slot / fields.length)] = 1;
    }
    for (const { best, strongest, general } of matches) {
      // A word no page has (nor any close to it) counts against every page, like an unknown character.
      total += strongest > 0 ? strongest : rarest / 2;
      // A general word (aid, school) counts only in a document that holds one of the query's other,
      // rarer words, when some document does: "legal aid" must not find every grant by "aid" alone.
      for (const [slot, value] of best) if (!general || !anySpecific || specific[Math.floor(slot / fields.length)] === 1) coverage[slot]! += value;
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
    // Whole phrases are compared as typed, question words and all ("what can I get" is a term); a
    // last word the index has is taken as finished.
    const lastWord = splitScripts(typed).words.at(-1);
    const asked = { ...preparePhrase(typed), open: lastWord === undefined || !typed.endsWith(lastWord) || !isWord(stemWord(lastWord)) };

    // How each document's names and terms sound like the query (普发 sounds like 普法).
    const soundsAlike = documents.map((_, d) => {
      let best = 0;
      for (const sound of sounds) for (const syllables of syllablePhrases[d]!) best = Math.max(best, compareSyllables(sound, syllables));
      return best;
    });
    // When no document holds a pair but some sound like the query, single characters count only
    // in those: 普发 is 普法 misspelt, not 普通高中 by its 普.
    const anySoundAlike = !anyPairFound && soundsAlike.some((alike) => alike > 0);

    return documents.map((document, d) => {
      const charactersCount = anyPairFound ? pairFound[d] === 1 : !anySoundAlike || soundsAlike[d]! > 0;
      let score = 0;
      let evidence = 0;
      let strong = false;
      let exact = false;
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
        if (f === pinyinField) phrase = Math.max(phrase, soundAlikeWeight * soundsAlike[d]!);
        const slot = d * fields.length + f;
        const covered = total > 0 ? (coverage[slot]! + (charactersCount ? characters[slot]! : 0)) / total : 0;
        score += fieldWeight[field] * Math.max(phrase, covered);
        if (phrase === 1 && (field === 'names' || field === 'terms')) exact = true;
        evidence = Math.max(evidence, phrase, covered);
        // Matched by more than scattered characters: a phrase, a pair of characters, or a word.
        strong ||= phrase >= 0.6 || coverage[slot]! > 0;
      });
      const kind = kindWeight[document.target.slice(0, document.target.indexOf(':'))] ?? 0.5;
      return { score: score * kind * (document.urgent ? urgentWeight : 1) * (exact ? exactWeight : 1), evidence, strong };
    });
  }

  function search(rawQuery: string, limit = 20): SearchOutcome {
    const { text: read, shortened } = readQuery(rawQuery);
    const typed = withDigitNumerals(read);
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

    const scored = documents.map((document, d) => ({ document, ...scores[d]! })).filter((r) => r.score > 0 && r.evidence >= minimumEvidence);
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
