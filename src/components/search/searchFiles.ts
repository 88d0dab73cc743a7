/**
 * The files search needs, fetched once a page: the small script every page loads starts them all
 * together the moment a box is touched (the search code, the indexes and the crisis list), and the
 * search code picks up the same requests when it arrives, so nothing is fetched one after another.
 */
const pending = new Map<string, Promise<unknown>>();

/** The JSON at `url`, fetched once; a failure is forgotten, so the next call (say, back online) tries again. */
export function fetchJson(url: string): Promise<unknown> {
  let request = pending.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    pending.set(url, request);
    request.catch(() => pending.delete(url));
  }
  return request;
}

/** The files a box's search reads, from its data attributes (those of the box's language). */
export function searchFilesOf(form: HTMLElement) {
  return {
    index: form.dataset.index ?? '/search-index.json',
    places: form.dataset.placesIndex,
    crisis: '/crisis.json',
  };
}

/** Starts every request a box's search will need, without waiting for any. */
export function prefetchSearchFiles(form: HTMLElement): void {
  const files = searchFilesOf(form);
  for (const url of [files.crisis, files.index, files.places]) if (url) fetchJson(url).catch(() => undefined);
}
