/**
 * The search index as it travels to the browser: a JSON file a language, built from content/ at
 * build time (src/pages/[...lang]/search-index.json.ts) and fetched only when someone starts to
 * search. Both files hold the same documents and the same words in both languages (so an English
 * query works on the Chinese side); they differ only in the language of the result labels.
 */
import type { Language } from '../paths.ts';

/** Bumped whenever the shape changes, so that a cached index of an older shape is recognised. */
export const searchIndexVersion = 2;

/** What a result shows, in the index's language. */
export interface ResultLabel {
  /** The result's heading, e.g. `第3项 免疫接种` or `12355 青少年服务热线`. */
  title: string;
  /** One line under it: the plain summary, what a hotline helps with, the start of a measure. */
  detail: string;
}

export interface IndexedDocument {
  /**
   * What it is, as content/search-terms.json names it: `service:3`, `hotline:12355`, `measure:8`,
   * `department:health`, `category:schooling`, `page:check`. Its address follows from it (targetPath.ts).
   */
  target: string;
  label: ResultLabel;
  /** Official names in both languages, numbers and short names: the strongest evidence. */
  names: string[];
  /** The curated everyday words for it (content/search-terms.json). */
  terms: string[];
  /** Longer text, searched but not shown: official content, target groups, the other language's summary. */
  text: string[];
  /**
   * An emergency number (110, 120): when it matches as well as a service does, it comes first, so
   * someone who types 受伤 or "lost child" sees the number to call before anything to read.
   */
  urgent?: true;
}

export interface SearchIndexFile {
  version: typeof searchIndexVersion;
  /** The language of the labels. */
  lang: Language;
  /**
   * Pinyin readings, without tones, of every Chinese character in the index, as the build read
   * them in context: each syllable with the characters read so (`{ "yi": "一医疫…" }`). The phone
   * makes the pinyin of names and terms from this, so it needs no pinyin library.
   */
  readings: Record<string, string>;
  documents: IndexedDocument[];
}

/** True when `value` looks like an index this code can read (a stale or damaged file does not). */
export function isSearchIndexFile(value: unknown): value is SearchIndexFile {
  if (!value || typeof value !== 'object') return false;
  const { version, documents, readings } = value as Partial<SearchIndexFile>;
  return (
    version === searchIndexVersion &&
    typeof readings === 'object' &&
    Array.isArray(documents) &&
    documents.every(
      (d) => typeof d?.target === 'string' && typeof d.label?.title === 'string' && Array.isArray(d.names) && Array.isArray(d.terms) && Array.isArray(d.text),
    )
  );
}
