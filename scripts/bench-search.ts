/**
 * Search benchmark: recall and latency of the site's search, side by side with a plain Fuse.js over
 * the official text of the same pages, on three query sets:
 * - tests/bench/search-queries.tsv: the main set, which the curated terms were checked against;
 * - tests/bench/search-queries-unseen.tsv: written blind (its author saw neither the terms nor the
 *   main set); its `place` rows were written with place search, like the main set's. Six of its
 *   misses were fixed for issue 16 (content/README.md, "Search terms"), so it is no longer blind.
 * - tests/bench/search-queries-needs.tsv: people in trouble and everyday needs (distress, legal,
 *   documents, numerals, needs the plan has no service for), also written blind, committed alone
 *   with the figures of the day and never edited; the crisis words and terms were then made to meet it. Its targets include `crisis:danger` and
 *   `crisis:help` (the crisis answer, shown before any result, src/lib/search/crisisMatch.ts),
 *   `none:<reason>` for a need the plan has no service for (a result of its own), and
 *   `none:no-service`: nothing matched well (no result, or only possibly related ones).
 * Prints figures; it is not a test (machines here are shared and noisy), so it never fails on a slow run.
 *
 *   npm run bench:search            builds the site, then prints the figures in Node and in Chromium
 *   npm run bench:search -- --misses  also lists every query whose target is not in the top three
 *   node scripts/bench-search.ts --no-browser   the Node figures only, without building (quick, while tuning)
 */
import { chromium } from '@playwright/test';
import Fuse from 'fuse.js';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentFolder } from '../src/lib/content/contentFolder.ts';
import { loadContent } from '../src/lib/content/loadContent.ts';
import { createPlaceSearch, withPlaces } from '../src/lib/search/createPlaceSearch.ts';
import { createSearch } from '../src/lib/search/createSearch.ts';
import { matchCrisis } from '../src/lib/search/crisisMatch.ts';
import { buildCrisisFile, crisisWordsOf } from '../src/lib/search/crisisFile.ts';
import { buildSitePlaceSearchIndex, buildSiteSearchIndex } from '../src/lib/search/siteSearchIndex.ts';
import { findChromium } from '../tests/support/findChromium.ts';
import { serveDist } from '../tests/support/serveDist.ts';

const root = new URL('../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Record<string, string>;

interface BenchQuery {
  query: string;
  expected: string[];
  kind: string;
}

function readQueries(file: string): BenchQuery[] {
  const [header, ...lines] = readFileSync(new URL(file, root), 'utf8').split('\n').filter(Boolean);
  if (header !== 'query\texpected\tkind\tnote') throw new Error(`${file}: unexpected header`);
  return lines.map((line) => {
    const [query, expected, kind] = line.split('\t');
    return { query: query!, expected: expected!.split('|'), kind: kind! };
  });
}

const content = loadContent(contentFolder());
const locales = { zh: readJson('src/locales/zh-CN.json'), en: readJson('src/locales/en.json') };
const index = buildSiteSearchIndex('zh-CN', content, locales);
const placesIndex = buildSitePlaceSearchIndex('zh-CN', content, locales);

// As the browser runs it: the main index with the places index merged in.
// The crisis words as the phone receives them in /crisis.json.
const crisisWords = crisisWordsOf(buildCrisisFile(content.crisisGroups));
const site = withPlaces(createSearch(index), createPlaceSearch(placesIndex));
// The baseline: Fuse.js with its default options over the same pages' official words only
// (names and official text; no curated terms, no pinyin), and the districts' and streets' names.
const fuse = new Fuse(
  [
    ...index.documents.map((document) => ({ target: document.target, names: document.names, text: document.text })),
    ...placesIndex.places.map((place) => ({ target: place.target, names: place.names, text: [] })),
  ],
  { keys: ['names', 'text'] },
);

interface Engine {
  name: string;
  /**
   * The first three results, in order; the crisis answer, which the page shows apart, before the
   * list (`crisis:danger`, `crisis:help`), so it takes no result's place; `nothingFound` when the
   * page says nothing matched well.
   */
  topTargets(query: string): { targets: string[]; crisis?: string; nothingFound: boolean };
}
const engines: Engine[] = [
  {
    name: 'this search',
    topTargets: (query) => {
      const crisis = matchCrisis(query, crisisWords);
      const outcome = site.search(query, 3);
      return {
        targets: outcome.results.map((r) => r.document.target),
        ...(crisis ? { crisis: `crisis:${crisis.tier}` } : {}),
        nothingFound: outcome.results.length === 0 || outcome.weak,
      };
    },
  },
  {
    name: 'plain Fuse.js',
    topTargets: (query) => {
      const targets = fuse.search(query, { limit: 3 }).map((r) => r.item.target);
      return { targets, nothingFound: targets.length === 0 };
    },
  },
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function benchmark(file: string) {
  const queries = readQueries(file);

  /** Each query's time: the median of several runs, after a warm-up, so one hiccup does not count. */
  function latencies(engine: Engine): number[] {
    for (const { query } of queries) engine.topTargets(query);
    return queries
      .map(({ query }) => {
        const runs: number[] = [];
        for (let i = 0; i < 7; i += 1) {
          const start = performance.now();
          engine.topTargets(query);
          runs.push(performance.now() - start);
        }
        return runs.sort((a, b) => a - b)[3]!;
      })
      .sort((a, b) => a - b);
  }

  const kinds = [...new Set(queries.map((q) => q.kind))];
  const languages: [string, (q: BenchQuery) => boolean][] = [
    ['Chinese', (q) => /\p{Script=Han}/u.test(q.query)],
    ['Latin letters and digits', (q) => !/\p{Script=Han}/u.test(q.query)],
  ];
  const rows: string[][] = [['', ...engines.map((e) => e.name)]];
  const misses: string[] = [];
  const figures = engines.map((engine) => {
    const tops = queries.map((q) => engine.topTargets(q.query));
    const hit = (k: number) => (q: BenchQuery, i: number) =>
      tops[i]!.targets.slice(0, k).some((t) => q.expected.includes(t)) ||
      (tops[i]!.crisis !== undefined && q.expected.includes(tops[i]!.crisis!)) ||
      (q.expected.includes('none:no-service') && tops[i]!.nothingFound);
    const recall = (k: number, subset = (_: BenchQuery) => true) => {
      const chosen = queries.map((q, i) => [q, i] as const).filter(([q]) => subset(q));
      return chosen.filter(([q, i]) => hit(k)(q, i)).length / chosen.length;
    };
    if (engine === engines[0]) {
      queries.forEach((q, i) => {
        if (!hit(3)(q, i))
          misses.push(
            `  ${q.query}  (${q.kind}) expected ${q.expected.join('|')}, got ${[tops[i]!.crisis, ...tops[i]!.targets].filter(Boolean).join(', ') || 'nothing'}`,
          );
      });
    }
    const times = latencies(engine);
    return {
      recall1: recall(1),
      recall3: recall(3),
      byKind: kinds.map((kind) => recall(3, (q) => q.kind === kind)),
      byLanguage: languages.map(([, isIt]) => recall(3, isIt)),
      p50: percentile(times, 50),
      p95: percentile(times, 95),
    };
  });

  const format = (value: number) => value.toFixed(2);
  rows.push(['recall@1', ...figures.map((f) => format(f.recall1))]);
  rows.push(['recall@3', ...figures.map((f) => format(f.recall3))]);
  kinds.forEach((kind, k) => {
    rows.push([`  recall@3 ${kind} (${queries.filter((q) => q.kind === kind).length})`, ...figures.map((f) => format(f.byKind[k]!))]);
  });
  languages.forEach(([name, isIt], l) => {
    rows.push([`  recall@3 ${name} (${queries.filter(isIt).length})`, ...figures.map((f) => format(f.byLanguage[l]!))]);
  });
  rows.push(['latency p50 (ms)', ...figures.map((f) => f.p50.toFixed(3))]);
  rows.push(['latency p95 (ms)', ...figures.map((f) => f.p95.toFixed(3))]);

  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  console.log(`${file}: ${queries.length} queries, ${index.documents.length} documents and ${placesIndex.places.length} places, Node ${process.version}`);
  for (const row of rows) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   '));
  if (process.argv.includes('--misses')) {
    console.log(`\nNot in this search's top three (${misses.length}):`);
    console.log(misses.join('\n'));
  }
}

benchmark('tests/bench/search-queries.tsv');
console.log('');
benchmark('tests/bench/search-queries-unseen.tsv');
console.log('');
benchmark('tests/bench/search-queries-needs.tsv');

/**
 * Keystroke to results in Chromium with its CPU slowed four times (a cheap phone): the built site
 * served from dist/ on a loopback port (with gzip, as a host would), the header box of a service page, each query of the main
 * set typed as one input event, timed until the suggestions have changed and a frame has passed.
 */
async function browserBenchmark() {
  const dist = fileURLToPath(new URL('dist/', root));
  if (!existsSync(`${dist}search-index.json`)) {
    console.log('\nChromium: skipped, no built site (run npm run build first).');
    return;
  }
  const server = await serveDist(dist);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${server.origin}/services/3/`);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const input = page.locator('#site-search');
    const firstUse = await input.evaluate(async (field: HTMLInputElement) => {
      const start = performance.now();
      field.focus();
      field.value = '疫苗';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      while (!document.querySelector('[role="listbox"] [role="option"]')) await new Promise((r) => setTimeout(r, 5));
      return performance.now() - start;
    });
    const times: number[] = [];
    for (const { query } of readQueries('tests/bench/search-queries.tsv')) {
      times.push(
        await input.evaluate(async (field: HTMLInputElement, text: string) => {
          const list = document.getElementById(`${field.id}-suggestions`)!;
          const changed = new Promise<void>((resolve) => {
            const observer = new MutationObserver(() => {
              observer.disconnect();
              resolve();
            });
            observer.observe(list, { childList: true });
          });
          const start = performance.now();
          field.value = text;
          field.dispatchEvent(new Event('input', { bubbles: true }));
          await changed;
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return performance.now() - start;
        }, query),
      );
    }
    times.sort((a, b) => a - b);
    console.log(`\nChromium ${browser.version()}, CPU slowed 4×, header box of /services/3/:`);
    console.log(`  first use (fetch and prepare the index, then search): ${firstUse.toFixed(0)} ms`);
    console.log(
      `  keystroke to results, ${times.length} queries: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

if (!process.argv.includes('--no-browser')) await browserBenchmark();
