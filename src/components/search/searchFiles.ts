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

async function fetchAgain(url: string): Promise<unknown> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json() as Promise<unknown>;
}

/**
 * A file of the expected shape, from the request the box started when it was touched; one of an
 * older shape, kept by a cache from before a deploy, is asked for again.
 */
export async function fetchChecked<T>(url: string, isExpected: (value: unknown) => value is T): Promise<T> {
  let file = await fetchJson(url);
  if (!isExpected(file)) file = await fetchAgain(url);
  if (!isExpected(file)) throw new Error(`${url} is not in the expected shape`);
  return file;
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
