/**
 * deploy/nginx.conf serving the build, checked over HTTP: the headers a <meta> tag cannot set on
 * every response (404s and redirects included), caching by kind of file, types, gzip, the 404
 * page, trailing-slash redirects, and logs that keep no query string and no client address.
 * Requests are made with node:http, so nothing is decompressed or followed behind the test's back.
 */
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { deployPorts, startNginx, type NginxServer } from './nginx.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const builtFile = (path: string) => readFileSync(`${dist}${path.replace(/^\//u, '').replace(/(^|\/)$/u, '$1index.html')}`);

/** A hashed script and stylesheet of this build, whatever it named them (found once it is built). */
let astroScript: string;
let astroStyle: string;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

let nginx: NginxServer;

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, nginx.origin);
    const outgoing = request(url, { method, headers, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

test.beforeAll(async () => {
  const astroFiles = readdirSync(`${dist}_astro`).map((name) => `/_astro/${name}`);
  astroScript = astroFiles.find((path) => path.endsWith('.js')) ?? '';
  astroStyle = astroFiles.find((path) => path.endsWith('.css')) ?? '';
  nginx = await startNginx({ root: dist, port: deployPorts.headers });
});

test.afterAll(async () => {
  await nginx?.close();
});

test('the build has a hashed script and stylesheet to check', () => {
  expect(astroScript).toMatch(/^\/_astro\/.+\.js$/u);
  expect(astroStyle).toMatch(/^\/_astro\/.+\.css$/u);
});

/** One of each kind of response the site gives. */
const everyKind = () => [
  '/',
  '/en/services/34/',
  astroScript,
  astroStyle,
  '/sw.js',
  '/manifest.webmanifest',
  '/search-index.json',
  '/icons/icon-192.png',
  '/favicon.svg',
  '/no-such-page/',
  '/s/34',
];

test('every response carries the headers a meta tag cannot set, 404s and redirects included', async () => {
  for (const path of everyKind()) {
    const { headers } = await get(path);
    const csp = String(headers['content-security-policy']);
    expect(csp, path).toBe("frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'self'");
    // The page's own <meta> policy holds these, with the build's script hashes: both policies are
    // enforced, so a second default-src or script-src here would block the hashed inline scripts.
    expect(csp, path).not.toMatch(/default-src|script-src|style-src/u);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['referrer-policy'], path).toBe('no-referrer');
    const permissions = String(headers['permissions-policy']).split(/,\s*/u);
    expect(permissions, path).toContain('geolocation=(self)');
    for (const refused of ['camera=()', 'microphone=()', 'payment=()', 'usb=()']) expect(permissions, path).toContain(refused);
    // Web Share and the clipboard are used by "Send this page": left at their default, the site itself.
    expect(
      permissions.some((feature) => /^(web-share|clipboard-write)=/u.test(feature)),
      path,
    ).toBe(false);
    expect(headers.server, `${path}: no version number`).toBe('nginx');
  }
});

test('a revalidated page (304) keeps its headers', async () => {
  const { headers } = await get('/services/34/');
  const revalidated = await get('/services/34/', { 'If-None-Match': String(headers.etag) });
  expect(revalidated.status).toBe(304);
  expect(revalidated.headers['cache-control']).toBe('no-cache');
  expect(revalidated.headers['content-security-policy']).toBe(headers['content-security-policy']);
  expect(revalidated.headers['permissions-policy']).toBe(headers['permissions-policy']);
});

test('hashed assets are cached for a year, icons for a week, everything else revalidated', async () => {
  const immutable = 'public, max-age=31536000, immutable';
  const week = 'public, max-age=604800';
  const expected: [string, string][] = [
    [astroScript, immutable],
    [astroStyle, immutable],
    ['/icons/icon-192.png', week],
    ['/icons/apple-touch-icon.png', week],
    ['/favicon.svg', week],
    ['/', 'no-cache'],
    ['/services/34/', 'no-cache'],
    ['/en/places/310101/', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/manifest.webmanifest', 'no-cache'],
    ['/en/manifest.webmanifest', 'no-cache'],
    ['/search-index.json', 'no-cache'],
    ['/en/search-index.json', 'no-cache'],
    ['/places-index.json', 'no-cache'],
    ['/en/places-index.json', 'no-cache'],
    ['/district-boundaries.json', 'no-cache'],
    ['/sitemap-index.xml', 'no-cache'],
    // An unknown address under /_astro/ is the 404 page, not a year-long answer.
    ['/_astro/no-such-file.js', 'no-cache'],
  ];
  for (const [path, cacheControl] of expected) {
    const { status, headers } = await get(path);
    expect(status, path).toBe(path.includes('no-such') ? 404 : 200);
    expect(headers['cache-control'], path).toBe(cacheControl);
    if (cacheControl === 'no-cache') expect(headers.etag, `${path}: revalidation needs a validator`).toBeTruthy();
  }
});

test('each kind of file has its type', async () => {
  const expected: [string, RegExp][] = [
    ['/', /^text\/html; charset=utf-8$/u],
    [astroScript, /^(application|text)\/javascript; charset=utf-8$/u],
    [astroStyle, /^text\/css; charset=utf-8$/u],
    ['/sw.js', /^(application|text)\/javascript; charset=utf-8$/u],
    ['/manifest.webmanifest', /^application\/manifest\+json; charset=utf-8$/u],
    ['/en/manifest.webmanifest', /^application\/manifest\+json; charset=utf-8$/u],
    ['/search-index.json', /^application\/json; charset=utf-8$/u],
    ['/favicon.svg', /^image\/svg\+xml; charset=utf-8$/u],
    ['/icons/icon-192.png', /^image\/png$/u],
    ['/sitemap-index.xml', /^text\/xml; charset=utf-8$/u],
  ];
  for (const [path, type] of expected) expect((await get(path)).headers['content-type'], path).toMatch(type);
});

test('text is gzipped for browsers that ask, with Vary, and sent plain to those that do not', async () => {
  const text = [
    '/',
    '/en/check/',
    astroScript,
    astroStyle,
    '/sw.js',
    '/manifest.webmanifest',
    '/search-index.json',
    '/district-boundaries.json',
    '/favicon.svg',
    '/sitemap-0.xml',
  ];
  for (const path of text) {
    const compressed = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(compressed.headers['content-encoding'], path).toBe('gzip');
    expect(compressed.headers.vary, path).toMatch(/Accept-Encoding/iu);
    expect(gunzipSync(compressed.body).equals(builtFile(path)), `${path}: the same bytes once unzipped`).toBe(true);
    const plain = await get(path);
    expect(plain.headers['content-encoding'], path).toBeUndefined();
    expect(plain.body.equals(builtFile(path)), path).toBe(true);
  }
  const icon = await get('/icons/icon-512.png', { 'Accept-Encoding': 'gzip' });
  expect(icon.headers['content-encoding'], 'PNG is compressed already').toBeUndefined();
});

test('an unknown address gets the bilingual 404 page with status 404', async () => {
  const notFoundPage = builtFile('/404.html');
  for (const path of [
    '/no-such-page/',
    '/no-such-page',
    '/services/43/',
    '/en/services/0/',
    '/s/99/',
    '/en/s/99/',
    '/places/999999/',
    '/en/departments/nobody/',
    '/_astro/no-such-file.js',
  ]) {
    const { status, headers, body } = await get(path);
    expect(status, path).toBe(404);
    expect(headers['content-type'], path).toBe('text/html; charset=utf-8');
    expect(body.equals(notFoundPage), `${path}: the site's 404 page`).toBe(true);
  }
  expect(notFoundPage.toString()).toContain('找不到这个页面');
  expect(notFoundPage.toString()).toContain('Page not found');
});

test('an address without its trailing slash moves to it with a relative 301, keeping the query', async () => {
  const expected: [string, string][] = [
    ['/s/34', '/s/34/'],
    ['/en/s/34', '/en/s/34/'],
    ['/en/places/310101', '/en/places/310101/'],
    ['/services/3', '/services/3/'],
    // Kept on purpose: WeChat's ?from=… is harmless, and an old search link still reaches the page
    // that moves the query into the fragment. The log keeps neither (see the next test).
    ['/search?q=secret', '/search/?q=secret'],
    ['/s/34?from=singlemessage', '/s/34/?from=singlemessage'],
  ];
  for (const [path, location] of expected) {
    const { status, headers } = await get(path);
    expect(status, path).toBe(301);
    // Relative, so it is right behind a proxy or TLS terminator whatever this nginx thinks its host is.
    expect(headers.location, path).toBe(location);
    expect((await get(location)).status, location).toBe(200);
  }
});

test('an old search link with a very long query still reaches the search page', async () => {
  // The page reads the first 100 characters and says so; the server must not refuse the address.
  const reply = await get(`/search/?q=${'%E7%96%AB'.repeat(10_000 / 3)}`);
  expect(reply.status).toBe(200);
});

test('the logs keep no query string and no client address', async () => {
  const secret = 'secret-query-ZQ7';
  expect((await get(`/search/?q=${secret}`)).status).toBe(200);
  expect((await get(`/search?q=${secret}`)).status).toBe(301);
  expect((await get(`/no-such-page/?q=${secret}`)).status).toBe(404);
  expect((await get(`/_astro/?q=${secret}`)).status).toBe(403);
  expect((await get(`/en/search/?q=${encodeURIComponent('打疫苗')}&from=singlemessage`)).status).toBe(200);
  // nginx writes a line once the response is sent, so it may come a moment after the reply.
  await expect.poll(() => nginx.accessLog()).toContain('"GET /en/search/" 200');
  const accessLog = nginx.accessLog();
  expect(accessLog).toMatch(/^\S+ "GET \/search\/" 200 \d+ [\d.]+$/mu);
  expect(accessLog).toContain('"GET /no-such-page/" 404');
  expect(accessLog).not.toContain(secret);
  expect(accessLog).not.toContain('?');
  expect(accessLog).not.toContain('127.0.0.1');
  expect(accessLog).not.toMatch(/%E6%89%93|打/u);
  // An unknown page is not an error worth a line naming the client and the full request.
  const errorLog = nginx.errorLog();
  expect(errorLog).not.toContain(secret);
  expect(errorLog).not.toContain('127.0.0.1');
});
