/**
 * Finding a district or street/town by its name, and merging what is found into the main search's
 * results. Places are matched by name only, strictly, and apart from the main index: a place name
 * is short and made of the commonest characters (东, 路, 新, 桥), so the main search's scoring by
 * shared characters would let 东 or 路 list dozens of streets, and would let 231 names change how
 * services rank. Here a place is found only when the query is its name, or the start of it, or
 * holds it whole: 外滩 and waitan find 外滩街道, 东 and 路 find nothing.
 */
import type { SearchOutcome, SearchResult, Search } from './createSearch.ts';
import { withoutQuestionWords } from './fillerWords.ts';
import type { IndexedDocument } from './indexFile.ts';
import { readQuery, splitScripts } from './normaliseQuery.ts';
import type { IndexedPlace, PlaceSearchIndexFile } from './placeSearchIndexFile.ts';

export interface PlaceMatch {
  place: IndexedPlace;
  /** 1 when the query is one of its names (or their pinyin); less when it is the start of one, or holds one. */
  quality: number;
}

export interface PlaceSearch {
  /** The places a query names, best first, at most `maxPlaces`. */
  match(query: string): PlaceMatch[];
  /** How many places the index holds. */
  size: number;
}

/** At most this many places a query: a query that starts the names of more is not about one of them. */
const maxPlaces = 5;

/**
 * The shortest start of a name that finds it: two Chinese characters (朱家 → 朱家角镇), five
 * letters of pinyin (zhuji → zhujiajiao; four letters would let the English "long" find 龙华).
 */
const shortestStart = { han: 2, latin: 5 };

/**
 * The shortest pinyin or English name a query may hold among other words (pudong school); shorter
 * ones would be found inside English words.
 */
const shortestHeldLatin = 4;

/** How much more a street counts when the query also names its district (黄浦 外滩: the street in 黄浦). */
const ownDistrictBonus = 0.1;

/** The partial place matches come after this many of the main search's confident results. */
const placesAfter = 3;

/** How a place matched a query. */
interface NameMatch {
  quality: number;
  /** The part of the query the name accounts for: the name when held among other words, else the query. */
  span: string;
  held: boolean;
}

/**
 * How well a compact query matches a compact name: 1 when equal; from the start of the name, by
 * how much of it the query covers; or held whole in a longer query, by how much of the query the
 * name is. The same shape as the main search's phrase comparison (createSearch.ts).
 */
function nameMatch(query: string, name: string, shortest: number, holds: (name: string) => boolean): NameMatch | undefined {
  if (query === name) return { quality: 1, span: query, held: false };
  if (query.length >= shortest && name.startsWith(query)) return { quality: 0.6 + (0.4 * query.length) / name.length, span: query, held: false };
  if (holds(name)) return { quality: 0.35 + (0.55 * name.length) / query.length, span: name, held: true };
  return undefined;
}

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

/** The district a street's target belongs to: its code's first six digits (`street:310101013` → `district:310101`). */
const districtOf = (target: string) => (target.startsWith('street:') ? `district:${target.slice(7, 13)}` : undefined);

export function createPlaceSearch(file: PlaceSearchIndexFile): PlaceSearch {
  const prepared = file.places.map((place) => {
    const compact = place.names.map((name) => name.replace(/ /gu, ''));
    return { place, han: compact.filter(hasHan), latin: [...compact.filter((name) => !hasHan(name)), ...place.pinyin] };
  });

  /** Adds each place's best match for one reading of the query to `best`, by target. */
  function matchReading(query: string, best: Map<string, NameMatch>): void {
    const compact = query.replace(/ /gu, '');
    if (!compact) return;
    const { words } = splitScripts(query);
    // A Chinese name may sit anywhere in the query; a Latin one only as a whole word, so 安亭 (anting) is not found in "painting".
    const holdsHan = (name: string) => name.length >= shortestStart.han && compact.includes(name);
    const holdsLatin = (name: string) => name.length >= shortestHeldLatin && words.includes(name);
    for (const { place, han, latin } of prepared) {
      const candidates = [
        ...han.map((name) => nameMatch(compact, name, shortestStart.han, holdsHan)),
        ...latin.map((name) => nameMatch(compact, name, shortestStart.latin, holdsLatin)),
      ];
      for (const candidate of candidates) {
        if (candidate && candidate.quality > (best.get(place.target)?.quality ?? 0)) best.set(place.target, candidate);
      }
    }
  }

  function match(rawQuery: string): PlaceMatch[] {
    const typed = readQuery(rawQuery).text;
    const best = new Map<string, NameMatch>();
    // The query as typed and without its question words (外滩街道在哪里 is 外滩街道), whichever matches
    // better: a question word may be part of a name, as the English "an" is of Jing'an.
    matchReading(typed, best);
    matchReading(withoutQuestionWords(typed), best);
    // A name held only as part of another place's name is no match of its own: 北外滩 is not 外滩,
    // 宝山路 (a street in 静安) is not 宝山区.
    const spans = [...best.values()].map((m) => m.span);
    const standalone = new Map([...best].filter(([, m]) => !m.held || !spans.some((span) => span.length > m.span.length && span.includes(m.span))));
    const found = prepared
      .filter(({ place }) => standalone.has(place.target))
      .map(({ place }) => {
        const own = standalone.get(place.target)!.quality;
        const district = districtOf(place.target);
        // Kept below 1: a street named together with its district is still not its name alone.
        const namesItsDistrict = own < 1 && district !== undefined && standalone.has(district);
        return { place, quality: namesItsDistrict ? Math.min(own + ownDistrictBonus, 0.99) : own };
      });
    // Best first; on a tie districts before streets, then in code order (the index's order).
    found.sort((a, b) => b.quality - a.quality || Number(districtOf(a.place.target) !== undefined) - Number(districtOf(b.place.target) !== undefined));
    return found.slice(0, maxPlaces);
  }

  return { match, size: file.places.length };
}

/** A place as a search result, so it is shown and linked like any other (targetPath.ts). */
const asDocument = (place: IndexedPlace): IndexedDocument => ({ target: place.target, label: place.label, names: place.names, terms: [], text: [] });

/**
 * The main search with places merged into its results:
 * - a place the query names exactly (外滩, waitan, Huangpu) comes first;
 * - one it names in part (朱家, or 黄浦区 in 黄浦区打疫苗) comes after the first three of the main
 *   search's results, so a query about a service keeps its services on top;
 * - when the main search found only possibly related pages, the places come first, and those pages
 *   are left out if a place matched exactly (they matched scattered characters of a place name);
 *   a place found by its name is an answer, so the outcome is no longer marked as weak.
 * A service number (34, 第34项) is about a service: places are not looked for.
 */
export function withPlaces(search: Search, places: PlaceSearch): Search {
  return {
    size: search.size + places.size,
    search(query, limit = 20): SearchOutcome {
      const outcome = search.search(query, limit);
      if (outcome.serviceNumber !== undefined) return outcome;
      const found = places.match(query);
      if (found.length === 0) return outcome;
      const result = ({ place, quality }: PlaceMatch): SearchResult => ({ document: asDocument(place), score: quality });
      const exact = found.filter((m) => m.quality === 1).map(result);
      const partial = found.filter((m) => m.quality < 1).map(result);
      const main = outcome.results;
      const results =
        outcome.weak || main.length === 0
          ? [...exact, ...partial, ...(exact.length > 0 ? [] : main)]
          : [...exact, ...main.slice(0, placesAfter), ...partial, ...main.slice(placesAfter)];
      return { ...outcome, results: results.slice(0, limit), weak: false };
    },
  };
}
