/**
 * The places index as it travels to the browser: Shanghai's districts and streets/towns, a JSON file
 * a language (/places-index.json, /en/places-index.json) built at build time by
 * buildPlaceSearchIndex.ts. It is kept apart from the main search index (indexFile.ts) so that 231
 * names and their pinyin do not weigh on the main index's budget, and so that place names, which
 * share characters such as 东, 路 and 新 with everything, never change how services are ranked.
 * The search fetches it alongside the main index and merges what it finds (createPlaceSearch.ts).
 */
import type { Language } from '../paths.ts';
import type { ResultLabel } from './indexFile.ts';

/** Bumped whenever the shape changes, so that a cached file of an older shape is recognised. */
export const placeSearchIndexVersion = 1;

export interface IndexedPlace {
  /**
   * `district:310101` (黄浦区) or `street:310101013` (外滩街道, the first six digits being its
   * district). Its address follows from it (targetPath.ts).
   */
  target: string;
  /** Title and detail in the file's language, e.g. `外滩街道` over `黄浦区 · 街道`. */
  label: ResultLabel;
  /**
   * The names a person may type, normalised (normaliseForSearch): the official one first, then the
   * shorter ones people say (外滩街道 → 外滩, 浦东新区 → 浦东), and for a district its English name
   * with and without "District" (huangpu district, huangpu).
   */
  names: string[];
  /**
   * The pinyin of its Chinese names, without tones or spaces (waitanjiedao, waitan), with the local
   * reading where a Shanghai place name differs from the everyday one (闵行 minhang).
   */
  pinyin: string[];
}

export interface PlaceSearchIndexFile {
  version: typeof placeSearchIndexVersion;
  /** The language of the labels. */
  lang: Language;
  /** Districts first, then streets and towns, each in the statistics bureau's code order. */
  places: IndexedPlace[];
}

const isStringList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');

/** True when `value` looks like a places index this code can read (a stale or damaged file does not). */
export function isPlaceSearchIndexFile(value: unknown): value is PlaceSearchIndexFile {
  if (!value || typeof value !== 'object') return false;
  const { version, places } = value as Partial<PlaceSearchIndexFile>;
  return (
    version === placeSearchIndexVersion &&
    Array.isArray(places) &&
    places.every(
      (p) =>
        typeof p?.target === 'string' &&
        typeof p.label?.title === 'string' &&
        typeof p.label.detail === 'string' &&
        isStringList(p.names) &&
        isStringList(p.pinyin),
    )
  );
}
