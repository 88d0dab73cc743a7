/**
 * Fetches a search index once a page and prepares it. The index is plain JSON made at build time;
 * a damaged or out-of-date file is refused rather than searched.
 */
import { createSearchInSlices, type Search } from '../../lib/search/createSearch.ts';
import { isSearchIndexFile } from '../../lib/search/indexFile.ts';

/** One a URL: the bilingual 404 page holds a box for each language, each with its own index. */
const loading = new Map<string, Promise<Search>>();

async function fetchIndex(indexUrl: string, cache: RequestCache): Promise<unknown> {
  const response = await fetch(indexUrl, { cache });
  if (!response.ok) throw new Error(`The search index answered ${response.status}`);
  return response.json() as Promise<unknown>;
}

async function load(indexUrl: string): Promise<Search> {
  let file = await fetchIndex(indexUrl, 'default');
  // An index of an older shape, kept by a cache from before a deploy: ask the server again.
  if (!isSearchIndexFile(file)) file = await fetchIndex(indexUrl, 'no-cache');
  if (!isSearchIndexFile(file)) throw new Error('The search index is not in the expected shape');
  return createSearchInSlices(file, 100);
}

/** The search of a box's own index (its `data-index`, the index of the box's language). */
export function loadSearchFor(form: HTMLElement): Promise<Search> {
  return loadSearch(form.dataset.index ?? '/search-index.json');
}

function loadSearch(indexUrl: string): Promise<Search> {
  let pending = loading.get(indexUrl);
  if (!pending) {
    pending = load(indexUrl);
    loading.set(indexUrl, pending);
    // A failure is not kept: the next attempt (say, once the network is back) fetches again.
    pending.catch(() => loading.delete(indexUrl));
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
