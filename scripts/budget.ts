/**
 * Prints how much JavaScript each kind of page loads before any interaction (gzip), what search
 * loads on demand, the home page's first load, and what the service worker saves for offline use;
 * fails when anything is over its budget. Run after `npm run build`: `npm run budget`.
 *
 * "Before any interaction" means every script the HTML names (module scripts, Astro islands that
 * hydrate on load, their renderer) and everything those import statically. Dynamic `import()` is
 * loaded on demand: search's is counted separately, with the index it fetches; the places index
 * (districts and streets/towns), fetched alongside, has its own budget.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const KB = 1024;

/** Budgets in bytes (gzip). Content pages are plain HTML with at most a small enhancement script. */
const budgets: { page: string; path: string; limit: number }[] = [
  { page: 'home', path: 'index.html', limit: 10 * KB },
  { page: 'service page', path: 'services/34/index.html', limit: 10 * KB },
  { page: 'hotlines', path: 'en/hotlines/index.html', limit: 10 * KB },
  { page: '/check/', path: 'check/index.html', limit: 25 * KB },
  { page: '/en/check/', path: 'en/check/index.html', limit: 25 * KB },
];

function scriptsNamedBy(html: string): string[] {
  const urls = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/gu)].map((m) => m[1]!),
    ...[...html.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/gu)].map((m) => m[1]!),
  ];
  return [...new Set(urls)].filter((url) => url.startsWith('/'));
}

/** Inline scripts count too: they are parsed and run on load. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!).filter(Boolean);
}

/** A module and everything it imports statically, as files in dist/. */
function withStaticImports(file: string, seen: Set<string>): void {
  if (seen.has(file)) return;
  // A script a page names but the build lacks would be counted as nothing: stop instead.
  if (!existsSync(file)) throw new Error(`${file} is named by the build but missing from dist/`);
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/gu)) {
    const specifier = match[1]!;
    const target = specifier.startsWith('/') ? join(dist, specifier) : resolve(dirname(file), specifier);
    withStaticImports(target, seen);
  }
}

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The files a page loads before any interaction. */
function loadedOnArrival(html: string): Set<string> {
  const files = new Set<string>();
  for (const url of scriptsNamedBy(html)) withStaticImports(join(dist, url), files);
  return files;
}

/** Modules the given files load with a dynamic `import()`, with what those import statically. */
function loadedOnDemand(files: Set<string>): Set<string> {
  const later = new Set<string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\bimport\(\s*[`"']([^`"']+\.js)[`"']\s*\)/gu)) {
      withStaticImports(resolve(dirname(file), match[1]!), later);
    }
  }
  return new Set([...later].filter((file) => !files.has(file)));
}

const sumOf = (files: Iterable<string>) => [...files].reduce((sum, file) => sum + gzipped(readFileSync(file)), 0);

/** The JavaScript a page runs on arrival: its script files and inline scripts, gzip. */
function javaScriptOnArrival(html: string) {
  const files = loadedOnArrival(html);
  const external = sumOf(files);
  const inline = inlineScripts(html).reduce((sum, code) => sum + gzipped(code), 0);
  return { files, external, inline, total: external + inline };
}

let over = 0;
console.log('JavaScript loaded before any interaction (gzip):');
for (const { page, path, limit } of budgets) {
  const html = readFileSync(join(dist, path), 'utf8');
  const { files, external, inline, total } = javaScriptOnArrival(html);
  const verdict = total <= limit ? 'ok' : 'OVER BUDGET';
  if (total > limit) over += 1;
  console.log(
    `  ${page.padEnd(14)} ${kb(total).padStart(9)} of ${kb(limit)}  ${verdict}  (${files.size} files ${kb(external)}, inline ${kb(inline)})`,
  );
}
// Every other page is a content page and held to the content budget too, so an island added to
// any of them is caught.
{
  const islandPages = new Set(['check/index.html', 'en/check/index.html', 'search/index.html', 'en/search/index.html']);
  const htmlFiles = (dir: string): string[] =>
    readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
    );
  const contentPages = htmlFiles('').filter((file) => !islandPages.has(file));
  let heaviest = { file: '', bytes: 0 };
  for (const file of contentPages) {
    const html = readFileSync(join(dist, file), 'utf8');
    const bytes = javaScriptOnArrival(html).total;
    if (bytes > heaviest.bytes) heaviest = { file, bytes };
  }
  const limit = 10 * KB;
  if (heaviest.bytes > limit) over += 1;
  console.log(
    `  all ${contentPages.length} other pages: the heaviest, ${heaviest.file}, ${kb(heaviest.bytes)} of ${kb(limit)}  ${heaviest.bytes <= limit ? 'ok' : 'OVER BUDGET'}`,
  );
}

// Search: code and index together, loaded on demand, once a box is touched. The results page loads
// them at once (it exists to search), so it is held to the same budget.
const searchLimit = 40 * KB;
const largestOf = (files: string[]) => Math.max(...files.map((file) => gzipped(readFileSync(join(dist, file)))));
const largestIndex = largestOf(['search-index.json', 'en/search-index.json']);
console.log('Search, code and index (gzip):');
const contentPage = loadedOnArrival(readFileSync(join(dist, 'services/34/index.html'), 'utf8'));
const searchPage = loadedOnArrival(readFileSync(join(dist, 'search/index.html'), 'utf8'));
const searchBudgets = [
  { page: 'after touching the box on a content page', files: loadedOnDemand(contentPage) },
  // What the results page loads beyond what every page loads (the service worker, the box's submit).
  { page: 'on /search/, before any interaction', files: new Set([...searchPage].filter((file) => !contentPage.has(file))) },
];
for (const { page, files } of searchBudgets) {
  const code = sumOf(files);
  const total = code + largestIndex;
  if (files.size === 0) {
    console.error(`  ${page}: no search code found; the budget cannot be checked`);
    over += 1;
    continue;
  }
  if (total > searchLimit) over += 1;
  console.log(
    `  ${page.padEnd(42)} ${kb(total).padStart(9)} of ${kb(searchLimit)}  ${total <= searchLimit ? 'ok' : 'OVER BUDGET'}  (code ${files.size} files ${kb(code)}, larger index ${kb(largestIndex)})`,
  );
}
// The places index is fetched alongside the main one; it has a budget of its own so that the
// districts and streets/towns never eat into what the main index and the code may weigh.
{
  const placesLimit = 8 * KB;
  const largestPlaces = largestOf(['places-index.json', 'en/places-index.json']);
  if (largestPlaces > placesLimit) over += 1;
  console.log(
    `  ${'places index, fetched alongside'.padEnd(42)} ${kb(largestPlaces).padStart(9)} of ${kb(placesLimit)}  ${largestPlaces <= placesLimit ? 'ok' : 'OVER BUDGET'}  (the larger of /places-index.json and /en/places-index.json)`,
  );
}

// First load of the home page: the HTML, its stylesheets and the JavaScript it runs on arrival.
const firstLoadLimit = 35 * KB;
{
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gu)].map((m) => join(dist, m[1]!));
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].reduce((sum, m) => sum + gzipped(m[1]!), 0);
  const htmlBytes = gzipped(html);
  const cssBytes = sumOf(styles) + inlineStyles;
  const jsBytes = javaScriptOnArrival(html).total;
  const total = htmlBytes + cssBytes + jsBytes;
  if (total > firstLoadLimit) over += 1;
  console.log('First load of the home page (gzip):');
  console.log(
    `  HTML + CSS + JS ${kb(total).padStart(9)} of ${kb(firstLoadLimit)}  ${total <= firstLoadLimit ? 'ok' : 'OVER BUDGET'}  (HTML ${kb(htmlBytes)}, CSS ${kb(cssBytes)}, JS ${kb(jsBytes)})`,
  );
  const fonts = readdirSync(join(dist, '_astro')).filter((file) => /\.(woff2?|ttf|otf|eot)$/u.test(file));
  if (fonts.length > 0) {
    over += 1;
    console.error(`  web fonts found, and the site uses none: ${fonts.join(', ')}`);
  }
}

// The whole precache, as transferred (gzip, as a host serves text; images as they are).
const precacheLimit = 1.5 * 1024 * KB;
{
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const files = [...worker.matchAll(/\{url:"([^"]+)",revision:/gu)].map((m) => join(dist, m[1]!));
  const transferred = files.reduce((sum, file) => {
    const bytes = readFileSync(file);
    return sum + (/\.(png|jpe?g|webp)$/u.test(file) ? bytes.length : gzipped(bytes));
  }, 0);
  if (transferred > precacheLimit) over += 1;
  console.log('Offline precache (what a first visit saves to the phone):');
  console.log(
    `  ${files.length} files ${kb(transferred).padStart(9)} of ${kb(precacheLimit)}  ${transferred <= precacheLimit ? 'ok' : 'OVER BUDGET'}`,
  );
}

if (over > 0) {
  console.error(`${over} budget(s) exceeded.`);
  process.exit(1);
}
