/**
 * Fetches a search index and its places index once a page and prepares them. Both are plain JSON
 * made at build time, fetched together (searchFiles.ts); a damaged or out-of-date file is refused rather than
 * searched. Search works without the places index (it only adds districts and streets to the
 * results), so a failure to get that one leaves the rest of search working.
 */
import { createPlaceSearch, withPlaces } from '../../lib/search/createPlaceSearch.ts';
import { createSearchInSlices, type Search } from '../../lib/search/createSearch.ts';
import { isSearchIndexFile } from '../../lib/search/indexFile.ts';
import { isPlaceSearchIndexFile } from '../../lib/search/placeSearchIndexFile.ts';
import { fetchChecked } from './fetchChecked.ts';
import { searchFilesOf } from './searchFiles.ts';

/** One a pair of URLs: the bilingual 404 page holds a box for each language, each with its own indexes. */
const loading = new Map<string, Promise<Search>>();

async function load(indexUrl: string, placesUrl: string | undefined): Promise<Search> {
  // Started at once, so both files download together.
  const places = placesUrl ? fetchChecked(placesUrl, isPlaceSearchIndexFile).catch(() => undefined) : undefined;
  const search = await createSearchInSlices(await fetchChecked(indexUrl, isSearchIndexFile), 100);
  const placesFile = await places;
  return placesFile ? withPlaces(search, createPlaceSearch(placesFile)) : search;
}

/** The search of a box's own indexes (its `data-index` and `data-places-index`, those of the box's language). */
export function loadSearchFor(form: HTMLElement): Promise<Search> {
  const files = searchFilesOf(form);
  return loadSearch(files.index, files.places);
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
