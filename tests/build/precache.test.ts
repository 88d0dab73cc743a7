/**
 * The service worker's precache list, read from the built dist/sw.js: every page of the sitemap in
 * both languages, the short links (kept out of the sitemap, but read out on the phone and sent in
 * messages, so they must open offline too) and what they need, each with a revision, and nothing
 * from outside the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sitemapPaths } from '../support/sitemap.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const worker = readFileSync(`${dist}sw.js`, 'utf8');
const entries = [...worker.matchAll(/\{url:"([^"]+)",revision:("[^"]*"|null)\}/gu)].map((m) => ({ url: m[1]!, revision: m[2]! }));
const urls = entries.map((entry) => entry.url);
const sitemap = sitemapPaths(dist);
/** The short links that should exist: one a service page of the sitemap, in its language (`/en/services/3/` → `en/s/3/index.html`). */
const shortLinks = sitemap.flatMap((path) => {
  const match = /^(\/en)?\/services\/(\d+)\/$/u.exec(path);
  return match ? [`${match[1] ? 'en/' : ''}s/${match[2]}/index.html`] : [];
});

describe('the precache list', () => {
  it('holds every page of the sitemap, in both languages', () => {
    expect(sitemap.length).toBeGreaterThan(100);
    for (const path of sitemap) expect(urls, path).toContain(`${path.slice(1)}index.html`);
  });

  it('holds every short link, in both languages, though the sitemap leaves them out', () => {
    expect(shortLinks).toHaveLength(84);
    for (const page of shortLinks) {
      expect(urls, page).toContain(page);
      expect(sitemap, page).not.toContain(`/${page.replace(/index\.html$/u, '')}`);
    }
  });

  it('holds the offline page, both search indexes, the district outlines, both manifests and the icons', () => {
    for (const url of [
      'offline/index.html',
      // "Use my location" finds the district on the phone, offline too.
      'district-boundaries.json',
      // Search finds districts and streets offline too.
      'places-index.json',
      'en/places-index.json',
      'search-index.json',
      'en/search-index.json',
      'manifest.webmanifest',
      'en/manifest.webmanifest',
      'icons/icon-192.png',
      'icons/icon-512.png',
      'icons/maskable-512.png',
      'favicon.svg',
    ]) {
      expect(urls).toContain(url);
    }
  });

  it('holds every script and stylesheet the build made', () => {
    const assets = readdirSync(`${dist}_astro`).filter((file) => /\.(?:js|css)$/u.test(file));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(urls).toContain(`_astro/${asset}`);
  });

  it('holds no page but those of the sitemap, the short links and the offline page', () => {
    const pages = urls.filter((url) => url.endsWith('.html'));
    const expected = new Set([...sitemap.map((path) => `${path.slice(1)}index.html`), ...shortLinks, 'offline/index.html']);
    for (const page of pages) expect(expected, page).toContain(page);
  });

  it('holds nothing from outside the build: every entry is a file in dist/', () => {
    for (const url of urls) {
      expect(url, url).not.toMatch(/^(?:[a-z]+:|\/\/|\/)|\.\./u);
      expect(existsSync(`${dist}${url}`), url).toBe(true);
    }
  });

  it('leaves out the worker itself, the 404 page, the sitemaps and the link-preview image', () => {
    for (const url of urls) expect(url).not.toMatch(/^(?:sw\.js|404\.html|sitemap.*\.xml|og-image\.png)$/u);
  });

  it('gives every entry a revision, so a deploy replaces exactly what changed', () => {
    for (const entry of entries) expect(entry.revision, entry.url).toMatch(/^"[0-9a-f]{32}"$/u);
  });

  it('is answered whatever query parameters a link carries, and offline with the offline page', () => {
    expect(worker).toContain('ignoreURLParametersMatching:[/.*/u]');
    expect(worker).toContain('fallbackURL:"/offline/index.html"');
  });
});
