/**
 * A search file of the expected shape, for the code loaded once a box is touched (kept out of the
 * small script every page loads).
 */
import { fetchJson } from './searchFiles.ts';

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
