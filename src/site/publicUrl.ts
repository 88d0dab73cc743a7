/**
 * A path on the site's public address: astro.config.mjs's `site` (SITE_URL at build time), which
 * pages get as `Astro.site`. Canonical URLs, short links and QR codes all come from here, so they
 * always agree.
 * @example publicUrl(Astro.site, '/en/s/34/') // 'https://example.org/en/s/34/'
 */
export function publicUrl(site: URL | undefined, path: string): string {
  // astro.config.mjs always sets `site`; the fallback only keeps the type honest.
  return new URL(path, site ?? 'http://localhost:4321').href;
}
