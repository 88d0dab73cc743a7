/**
 * Fetches a search index and its places index once a page and prepares them. Both are plain JSON
 * made at build time, fetched together; a damaged or out-of-date file is refused rather than
 * searched. Search works without the places index (it only adds districts and streets to the
 * results), so a failure to get that one leaves the rest of search working.
 */
import { createPlaceSearch, withPlaces } from '../../lib/search/createPlaceSearch.ts';
import { createSearchInSlices, type Search } from '../../lib/search/createSearch.ts';
import { isSearchIndexFile } from '../../lib/search/indexFile.ts';
import { isPlaceSearchIndexFile } from '../../lib/search/placeSearchIndexFile.ts';

/** One a pair of URLs: the bilingual 404 page holds a box for each language, each with its own indexes. */
const loading = new Map<string, Promise<Search>>();

async function fetchIndex(indexUrl: string, cache: RequestCache): Promise<unknown> {
  const response = await fetch(indexUrl, { cache });
  if (!response.ok) throw new Error(`The search index answered ${response.status}`);
  return response.json() as Promise<unknown>;
}

/** An index file of the expected shape; one of an older shape, kept by a cache from before a deploy, is asked for again. */
async function fetchChecked<T>(indexUrl: string, isExpected: (value: unknown) => value is T): Promise<T> {
  let file = await fetchIndex(indexUrl, 'default');
  if (!isExpected(file)) file = await fetchIndex(indexUrl, 'no-cache');
  if (!isExpected(file)) throw new Error(`${indexUrl} is not in the expected shape`);
  return file;
}

async function load(indexUrl: string, placesUrl: string | undefined): Promise<Search> {
  // Started at once, so both files download together.
  const places = placesUrl ? fetchChecked(placesUrl, isPlaceSearchIndexFile).catch(() => undefined) : undefined;
  const search = await createSearchInSlices(await fetchChecked(indexUrl, isSearchIndexFile), 100);
  const placesFile = await places;
  return placesFile ? withPlaces(search, createPlaceSearch(placesFile)) : search;
}

/** The search of a box's own indexes (its `data-index` and `data-places-index`, those of the box's language). */
export function loadSearchFor(form: HTMLElement): Promise<Search> {
  return loadSearch(form.dataset.index ?? '/search-index.json', form.dataset.placesIndex);
}

function loadSearch(indexUrl: string, placesUrl: string | undefined): Promise<Search> {
  const key = `${indexUrl} ${placesUrl ?? ''}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = load(indexUrl, placesUrl);
    loading.set(key, pending);
    // A failure is not kept: the next attempt (say, once the network is back) fetches again.
    pending.catch(() => loading.delete(key));
  }
  return pending;
}

/** The strings a search box carries in its `data-strings`, from the locale file's `search.*` keys. */
export type SearchStrings = Record<string, string>;

export function stringsOf(form: HTMLElement): SearchStrings {
  try {
    return JSON.parse(form.dataset.strings ?? '{}') as SearchStrings;
  } catch {
    return {};
  }
}

/**
 * Says `text` through a live region once typing pauses, so a screen reader is not interrupted at
 * every keystroke; a newer text replaces one not yet said.
 */
export function politeAnnouncer(region: HTMLElement | null): (text: string) => void {
  let timer: number | undefined;
  return (text) => {
    if (!region) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (region.textContent = text), 600);
  };
}
