/**
 * No broken link in the built site: every internal link, asset and anchor of every page (service,
 * hotline, measure, category, street and town, place and place-kind anchors, skip links), every
 * address search results and the manifests lead to, and a sitemap that lists every content page and
 * nothing else. External links are listed, not fetched. The checker is tried on a small broken site
 * first, to show that it can fail.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { localisedPath, type Language } from '../../src/lib/paths.ts';
import { targetPath } from '../../src/lib/search/targetPath.ts';
import { decodeEntities } from '../support/entities.ts';
import { checkLinks, checkSitemap, type FoundLink } from './linkCheck.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Kept out of the sitemap on purpose (astro.config.mjs): short links, the 404 and offline pages. */
const notListed = [/^\/404\.html$/u, /^\/offline\/$/u, /^(?:\/en)?\/s\/\d+\/$/u];

describe('the checker, on a small broken site', () => {
  const root = mkdtempSync(join(tmpdir(), 'link-check-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const origin = 'https://example.org';
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
  };
  write(
    'index.html',
    `<!doctype html><html><head><link rel="stylesheet" href="/style.css"><link rel="canonical" href="https://example.org/">
    <meta http-equiv="refresh" content="0; url=/gone/"></head>
    <body><a href="#main">skip</a><main id="main">
    <a href="/a/">fine</a> <a href='a/#there'>fine, relative</a> <a href="/a/#nowhere">broken anchor</a>
    <a href="/missing/">broken page</a> <a href="/a">no trailing slash</a> <a href="/a/?x=1&amp;y=2#th&#x65;re">entities</a>
    <img src="/pic.png" srcset="/pic.png 1x, /pic-2x.png 2x" alt=""> <a href="https://example.com/x">external</a>
    <a href="tel:12355">call</a> <a href="javascript:alert(1)">script</a> <form data-index="/index.json"></form>
    <script>document.write('<a href="/never/">in a script</a>')</script><!-- <a href="/commented/"> -->
    </main></body></html>`,
  );
  write('a/index.html', '<!doctype html><p id="there">here</p><p id="twice"></p><p id="twice"></p><a name="old">x</a>');
  write('404.html', '<!doctype html><a href="a/">relative on the 404 page</a><a href="/a/#old">fine</a>');
  write('style.css', 'body { background: url("/bg.png") } .x { background: url(data:image/png;base64,AA==) }');
  write('pic.png', '');
  write('sitemap-index.xml', '<sitemapindex><sitemap><loc>https://example.org/sitemap-0.xml</loc></sitemap></sitemapindex>');
  write(
    'sitemap-0.xml',
    '<urlset><url><loc>https://example.org/</loc></url><url><loc>https://example.org/gone/</loc></url><url><loc>https://example.org/404.html</loc></url></urlset>',
  );

  it('reports every broken link and anchor, by file, attribute and address', () => {
    const report = checkLinks(root, {
      origin,
      servedAnywhere: ['404.html'],
      extraLinks: [{ from: 'search-index.json', attribute: 'target', url: '/a/#gone' }],
    });
    expect(report.problems).toEqual([
      'a/index.html: the id "twice" is used more than once, so a link to #twice is ambiguous',
      '404.html: href "a/": is relative, but this page is served at any address; start it with /',
      'index.html: meta refresh "/gone/": no file gone/index.html in the build',
      'index.html: href "/a/#nowhere": no element with id "nowhere" in a/index.html',
      'index.html: href "/missing/": no file missing/index.html in the build',
      'index.html: href "/a": is a folder: write it with a trailing slash (/a/)',
      'index.html: srcset "/pic-2x.png": no file pic-2x.png in the build',
      'index.html: href "javascript:alert(1)": a script address is not a link',
      'index.html: data-index "/index.json": no file index.json in the build',
      'style.css: css url() "/bg.png": no file bg.png in the build',
      'search-index.json: target "/a/#gone": no element with id "gone" in a/index.html',
    ]);
    expect(report.external).toEqual(['https://example.com/x']);
    expect(report.pages).toBe(3);
    expect(report.checked).toBe(17);
  });

  it('reports sitemap URLs with no page, pages missing from it, and pages that must not be in it', () => {
    expect(checkSitemap(root, { origin, notListed }).problems).toEqual([
      'sitemap-0.xml: https://example.org/gone/: no file gone/index.html in the build',
      '/404.html: is listed in the sitemap, but is not a content page',
      '/a/: is a page the sitemap does not list',
    ]);
  });

  it('decodes character references in attributes', () => {
    expect(decodeEntities('/s/?a=1&amp;b=&#x32;&#51;&quot;&unknown;')).toBe('/s/?a=1&b=23"&unknown;');
  });
});

/**
 * The external addresses, one line for each address that differs only in its query: the map searches
 * of 215 streets would otherwise be 860 lines (tests/build/placeSearches.test.ts checks each).
 */
function externalSummary(urls: readonly string[]): string[] {
  const byPath = Map.groupBy(urls, (url) => url.split('?')[0]!);
  return [...byPath].map(([path, all]) => (all.length === 1 ? all[0]! : `${path}?… (${all.length} addresses)`));
}

/** What the built site's check needs, read on first use (so the checker's own tests run without a build). */
function builtSite() {
  const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
  // The build's public address (SITE_URL) as the sitemap gives it: absolute links to it are internal.
  const origin = new URL(/<loc>([^<]+)<\/loc>/u.exec(sitemap)![1]!).origin;
  const json = (file: string) => JSON.parse(readFileSync(join(dist, file), 'utf8')) as Record<string, unknown>;
  /** Where every search result, and every address in the manifests, leads. */
  const extraLinks = (['zh-CN', 'en'] as Language[]).flatMap((lang) => {
    const prefix = lang === 'en' ? 'en/' : '';
    const results = (file: string, targets: unknown) =>
      (targets as { target: string }[]).map(({ target }) => ({
        from: `${prefix}${file}`,
        attribute: `target ${target}`,
        url: localisedPath(lang, targetPath(target)),
      }));
    const manifest = json(`${prefix}manifest.webmanifest`) as { start_url: string; scope?: string; icons: { src: string }[]; shortcuts?: { url: string }[] };
    const manifestLinks: FoundLink[] = [
      { attribute: 'start_url', url: manifest.start_url },
      ...(manifest.scope ? [{ attribute: 'scope', url: manifest.scope }] : []),
      ...manifest.icons.map((icon) => ({ attribute: 'icons', url: icon.src })),
      ...(manifest.shortcuts ?? []).map((shortcut) => ({ attribute: 'shortcuts', url: shortcut.url })),
    ];
    return [
      ...results('search-index.json', json(`${prefix}search-index.json`).documents),
      ...results('places-index.json', json(`${prefix}places-index.json`).places),
      ...manifestLinks.map((link) => ({ ...link, from: `${prefix}manifest.webmanifest` })),
    ];
  });
  return { origin, extraLinks };
}

describe('the built site', () => {
  it('has no broken internal link, asset or anchor', () => {
    const { origin, extraLinks } = builtSite();
    const report = checkLinks(dist, { origin, servedAnywhere: ['404.html', 'offline/index.html'], extraLinks });
    console.log(
      `Link check: ${report.checked} internal links, assets and anchors checked on ${report.pages} pages` +
        ` (${extraLinks.length} of them from the search indexes and manifests); ${report.external.length} external addresses listed, not fetched:\n` +
        externalSummary(report.external)
          .map((line) => `  ${line}`)
          .join('\n'),
    );
    expect(report.pages).toBeGreaterThan(250);
    expect(report.problems).toEqual([]);
  });

  it('checks where search results lead, street and town anchors included', () => {
    const urls = builtSite().extraLinks.map((link) => link.url);
    for (const url of [
      '/places/310101/#310101013',
      '/en/places/310101/#310101013',
      '/hotlines/#hotline-12355',
      '/policy/#measure-8',
      '/services/#category-schooling',
    ]) {
      expect(urls).toContain(url);
    }
  });

  it('has a sitemap that lists every content page, and only those', () => {
    const { listed, problems } = checkSitemap(dist, { origin: builtSite().origin, notListed });
    expect(listed.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
