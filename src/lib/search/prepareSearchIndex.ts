/**
 * The search index made ready on the phone: for each document and field, its phrases, and for each
 * piece of evidence (a Chinese character or pair, a Latin word), where it occurs. createSearch.ts
 * scores queries over it.
 */
import { preparePhrase, type Phrase } from './comparePhrases.ts';
import type { IndexedDocument, SearchIndexFile } from './indexFile.ts';
import { normaliseForSearch } from './normaliseQuery.ts';
import { pinyinSpellings, readingTable } from './pinyinOf.ts';
import { latinWords } from './textFeatures.ts';

export const fields = ['names', 'terms', 'pinyin', 'initials', 'text'] as const;
export type Field = (typeof fields)[number];

const hanRuns = /\p{Script=Han}+/gu;

/**
 * Where a piece of evidence occurs: for each document and field that holds it, one number,
 * `document * fields.length + field` (the slot of that field in a score array), and how many
 * documents hold it, for its IDF. Numbers, not objects, keep preparing the index cheap on a phone.
 */
export interface Postings {
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
export const inverseFrequency = (entry: Postings, documentCount: number) => Math.log(1 + documentCount / entry.documents);

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

/** An index prepared for searching: its documents, their phrases and the postings of their evidence. */
export interface PreparedIndex {
  documents: IndexedDocument[];
  readings: Map<string, string[]>;
  hanPostings: Map<string, Postings>;
  wordPostings: Map<string, Postings>;
  /** Each document's names and terms as syllables (" da yi miao "). */
  syllablePhrases: string[][];
  /** Each document's phrases, field by field. */
  phrases: Phrase[][][];
  /** Latin words by their first letter: a prefix or a typo is looked for among words that start alike. */
  vocabulary: Map<string, string[]>;
  /** The Chinese words a query spelled in pinyin may stand for; none unless it is all letters. */
  chineseForPinyin: (query: string) => string[];
}

/** Prepares the index, yielding after each document so a caller can pause between slices. */
export function* preparingIndex(file: SearchIndexFile): Generator<void, PreparedIndex> {
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
    phrases.push(
      fields.map((field, f) => {
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
      }),
    );
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
  const vocabulary = new Map<string, string[]>();
  for (const word of wordPostings.keys()) {
    const bucket = vocabulary.get(word[0]!);
    if (bucket) bucket.push(word);
    else vocabulary.set(word[0]!, [word]);
  }
  return { documents, readings, hanPostings, wordPostings, syllablePhrases, phrases, vocabulary, chineseForPinyin };
}
