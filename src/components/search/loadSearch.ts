/**
 * Fetches the search index once a page and prepares it. The index is plain JSON made at build time;
 * a damaged or out-of-date file is refused with an error rather than searched.
 */
import { createSearch, type Search } from '../../lib/search/createSearch.ts';
import { isSearchIndexFile } from '../../lib/search/indexFile.ts';

let loading: Promise<Search> | undefined;

export function loadSearch(indexUrl: string): Promise<Search> {
  loading ??= fetch(indexUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`The search index answered ${response.status}`);
      return response.json() as Promise<unknown>;
    })
    .then((file) => {
      if (!isSearchIndexFile(file)) throw new Error('The search index is not in the expected shape');
      return createSearch(file);
    });
  // A failure is not kept: the next attempt (say, once the network is back) fetches again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
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
