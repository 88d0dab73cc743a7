/** The built site's page list, as the sitemap gives it: what the tests walk to reach every page. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const builtSite = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Every path the built sitemap lists (`/`, `/en/services/3/`, …). Needs `npm run build` first. */
export function sitemapPaths(dist = builtSite): string[] {
  const xml = readFileSync(`${dist}sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((match) => new URL(match[1]!).pathname);
}
