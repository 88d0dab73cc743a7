/**
 * The page's own address with its query or fragment changed, as a whole URL, for
 * history.replaceState. Handed a bare path, replaceState reads one that starts with a doubled
 * slash (`//check/`, which static hosts serve) as another host and throws, which left answers in
 * the address after quick exit or Start again; a whole URL of the same page never does.
 * @example addressWith('https://x.cn//check/#age=9', { hash: '' }) // 'https://x.cn//check/'
 */
export function addressWith(href: string, change: { search?: string; hash?: string }): string {
  const url = new URL(href);
  if (change.search !== undefined) url.search = change.search;
  if (change.hash !== undefined) url.hash = change.hash;
  return url.href;
}
