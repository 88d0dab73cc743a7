/**
 * Where a search query lives in the address. The site keeps it in the fragment (`#q=打疫苗`),
 * which browsers never send to a server, so no access log holds what a family searched for.
 * Links written by others may use `?q=`; the results page reads those too and moves the query
 * into the fragment.
 */

/**
 * The fragment for a query.
 * @example searchFragment('打疫苗') // '#q=%E6%89%93%E7%96%AB%E8%8B%97'
 */
export function searchFragment(query: string): string {
  return `#q=${encodeURIComponent(query)}`;
}

/** `URLSearchParams` decodes percent-escapes leniently: a broken escape such as `%E6%8` stays as typed. */
const read = (part: string) => new URLSearchParams(part.replace(/^[?#]/u, '')).get('q');

export interface SearchAddress {
  /** The query to search for; empty when the address carries none. */
  query: string;
  /**
   * When the query came in the query string: the address to show instead, with `q` moved into
   * the fragment and any other parameters (WeChat adds `from=singlemessage`) left as they were.
   */
  rewrite?: { search: string; hash: string };
}

/**
 * The query a results page address carries. The fragment wins when both are present: it is the
 * site's own form, and the newer of the two.
 * @example readSearchAddress('', '#q=xinli') // { query: 'xinli' }
 * @example readSearchAddress('?q=12355&from=singlemessage', '') // { query: '12355', rewrite: { search: '?from=singlemessage', hash: '#q=12355' } }
 */
export function readSearchAddress(search: string, hash: string): SearchAddress {
  const fromFragment = read(hash);
  const fromQueryString = read(search);
  if (fromQueryString === null) return { query: fromFragment ?? '' };
  const rest = new URLSearchParams(search.replace(/^\?/u, ''));
  rest.delete('q');
  const query = fromFragment ?? fromQueryString;
  const remaining = rest.toString();
  return { query, rewrite: { search: remaining ? `?${remaining}` : '', hash: searchFragment(query) } };
}

/**
 * Where a query typed into a search box leads: a service number (`34`, `第34项`) straight to that
 * service, anything else to the results page with the query in the fragment.
 */
export function searchDestination(
  query: string,
  serviceNumber: number | undefined,
  paths: { searchPage: string; servicePage(number: number): string },
): string {
  if (serviceNumber !== undefined) return paths.servicePage(serviceNumber);
  const trimmed = query.trim();
  return trimmed ? `${paths.searchPage}${searchFragment(trimmed)}` : paths.searchPage;
}
