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

const readDist = (path: string) => readFileSync(join(dist, path), 'utf8');

/** What a budget measured: the label it is printed with, the bytes (gzip), what they are made of. */
interface Measured {
  label: string;
  bytes: number;
  detail?: string;
  /** Anything else wrong that the figure cannot show; each one fails the run. */
  problems?: string[];
}

interface Budget {
  /** The heading it is printed under. */
  section: string;
  limit: number;
  measure: () => Measured;
}

const onArrival = 'JavaScript loaded before any interaction (gzip):';
const searchSection = 'Search, code and index (gzip):';

/** One page's JavaScript on arrival. Content pages are plain HTML with at most a small enhancement script. */
function pageBudget(page: string, path: string, limit: number): Budget {
  return {
    section: onArrival,
    limit,
    measure: () => {
      const { files, external, inline, total } = javaScriptOnArrival(readDist(path));
      return { label: page.padEnd(14), bytes: total, detail: `${files.size} files ${kb(external)}, inline ${kb(inline)}` };
    },
  };
}

// Every other page is a content page and held to the content budget too, so an island added to
// any of them is caught.
function heaviestContentPage(): Measured {
  const islandPages = new Set(['check/index.html', 'en/check/index.html', 'search/index.html', 'en/search/index.html']);
  const htmlFiles = (dir: string): string[] =>
    readdirSync(join(dist, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? htmlFiles(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : [],
    );
  const contentPages = htmlFiles('').filter((file) => !islandPages.has(file));
  let heaviest = { file: '', bytes: 0 };
  for (const file of contentPages) {
    const bytes = javaScriptOnArrival(readDist(file)).total;
    if (bytes > heaviest.bytes) heaviest = { file, bytes };
  }
  return { label: `all ${contentPages.length} other pages: the heaviest, ${heaviest.file},`, bytes: heaviest.bytes };
}

// Search: code and index together, loaded on demand, once a box is touched. The results page loads
// them at once (it exists to search), so it is held to the same budget.
const largestOf = (files: string[]) => Math.max(...files.map((file) => gzipped(readFileSync(join(dist, file)))));

function searchBudget(page: string, filesOf: (contentPage: Set<string>, searchPage: Set<string>) => Set<string>): Budget {
  return {
    section: searchSection,
    limit: 45 * KB,
    measure: () => {
      const files = filesOf(loadedOnArrival(readDist('services/34/index.html')), loadedOnArrival(readDist('search/index.html')));
      const largestIndex = largestOf(['search-index.json', 'en/search-index.json']);
      const code = sumOf(files);
      return {
        label: page.padEnd(42),
        bytes: code + largestIndex,
        detail: `code ${files.size} files ${kb(code)}, larger index ${kb(largestIndex)}`,
        problems: files.size === 0 ? [`${page}: no search code found; the budget cannot be checked`] : [],
      };
    },
  };
}

// First load of the home page: the HTML, its stylesheets and the JavaScript it runs on arrival.
function homeFirstLoad(): Measured {
  const html = readDist('index.html');
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/gu)].map((m) => join(dist, m[1]!));
  const inlineStyles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].reduce((sum, m) => sum + gzipped(m[1]!), 0);
  const htmlBytes = gzipped(html);
  const cssBytes = sumOf(styles) + inlineStyles;
  const jsBytes = javaScriptOnArrival(html).total;
  const fonts = readdirSync(join(dist, '_astro')).filter((file) => /\.(woff2?|ttf|otf|eot)$/u.test(file));
  return {
    label: 'HTML + CSS + JS',
    bytes: htmlBytes + cssBytes + jsBytes,
    detail: `HTML ${kb(htmlBytes)}, CSS ${kb(cssBytes)}, JS ${kb(jsBytes)}`,
    problems: fonts.length > 0 ? [`web fonts found, and the site uses none: ${fonts.join(', ')}`] : [],
  };
}

// The whole precache, as transferred (gzip, as a host serves text; images as they are).
function precache(): Measured {
  const worker = readDist('sw.js');
  const files = [...worker.matchAll(/\{url:"([^"]+)",revision:/gu)].map((m) => join(dist, m[1]!));
  const transferred = files.reduce((sum, file) => {
    const bytes = readFileSync(file);
    return sum + (/\.(png|jpe?g|webp)$/u.test(file) ? bytes.length : gzipped(bytes));
  }, 0);
  return { label: `${files.length} files`, bytes: transferred };
}

const budgets: Budget[] = [
  pageBudget('home', 'index.html', 10 * KB),
  pageBudget('service page', 'services/34/index.html', 10 * KB),
  pageBudget('hotlines', 'en/hotlines/index.html', 10 * KB),
  pageBudget('/check/', 'check/index.html', 25 * KB),
  pageBudget('/en/check/', 'en/check/index.html', 25 * KB),
  { section: onArrival, limit: 10 * KB, measure: heaviestContentPage },
  searchBudget('after touching the box on a content page', (contentPage) => loadedOnDemand(contentPage)),
  // What the results page loads beyond what every page loads (the service worker, the box's submit).
  searchBudget('on /search/, before any interaction', (contentPage, searchPage) => new Set([...searchPage].filter((file) => !contentPage.has(file)))),
  // The places index is fetched alongside the main one; it has a budget of its own so that the
  // districts and streets/towns never eat into what the main index and the code may weigh.
  {
    section: searchSection,
    limit: 8 * KB,
    measure: () => ({
      label: 'places index, fetched alongside'.padEnd(42),
      bytes: largestOf(['places-index.json', 'en/places-index.json']),
      detail: 'the larger of /places-index.json and /en/places-index.json',
    }),
  },
  { section: 'First load of the home page (gzip):', limit: 35 * KB, measure: homeFirstLoad },
  { section: 'Offline precache (what a first visit saves to the phone):', limit: 1.5 * 1024 * KB, measure: precache },
];

let over = 0;
let section = '';
for (const { section: heading, limit, measure } of budgets) {
  if (heading !== section) console.log((section = heading));
  const { label, bytes, detail, problems = [] } = measure();
  const verdict = bytes <= limit ? 'ok' : 'OVER BUDGET';
  if (bytes > limit) over += 1;
  console.log(`  ${label} ${kb(bytes).padStart(9)} of ${kb(limit)}  ${verdict}${detail ? `  (${detail})` : ''}`);
  for (const problem of problems) console.error(`  ${problem}`);
  over += problems.length;
}

if (over > 0) {
  console.error(`${over} budget(s) exceeded.`);
  process.exit(1);
}
