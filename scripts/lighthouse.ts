/**
 * Lighthouse (the npm package, mobile settings) against the built site in the installed Chromium,
 * on the pages people use most, in both languages. Accessibility, Best Practices and SEO must be
 * 100: the script fails otherwise and names the audits that fell short. Performance is printed with
 * LCP, TBT and CLS, a figure and not a gate, since machines here are shared and noisy.
 * Run after `npm run build`: `npm run lighthouse`.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../tests/support/findChromium.ts';
import { serveDist } from '../tests/support/serveDist.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(`${dist}index.html`)) {
  console.error('No built site in dist/: run npm run build first.');
  process.exit(1);
}

const pages = ['/', '/services/34/', '/check/', '/hotlines/', '/search/', '/places/310115/'].flatMap((path) => [path, `/en${path}`]);
const gated = ['accessibility', 'best-practices', 'seo'] as const;

const server = await serveDist(dist);
const chrome = await chromeLauncher.launch({
  chromePath: findChromium(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
let failures = 0;
try {
  console.log(`Lighthouse, mobile settings, ${server.origin} (scores out of 100):`);
  console.log(`  ${'page'.padEnd(16)} perf  a11y  best   seo     LCP      TBT    CLS`);
  for (const path of pages) {
    const result = await lighthouse(`${server.origin}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', ...gated],
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.displayValue ?? '?';
    console.log(
      `  ${path.padEnd(16)} ${String(score('performance')).padStart(4)}  ${String(score('accessibility')).padStart(4)}  ${String(score('best-practices')).padStart(4)}  ${String(score('seo')).padStart(4)}  ${metric('largest-contentful-paint').padStart(6)}  ${metric('total-blocking-time').padStart(7)}  ${metric('cumulative-layout-shift').padStart(5)}`,
    );
    for (const id of gated) {
      // Every audit that counts must pass: a rounded category score can hide a failing light audit.
      const fallingShort = (categories[id]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => `${ref.id}: ${audits[ref.id]?.title}`);
      if (score(id) === 100 && fallingShort.length === 0) continue;
      failures += 1;
      console.error(`    ${id} not 100 on ${path}: ${fallingShort.join('; ')}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
if (failures > 0) {
  console.error(`${failures} gated score(s) below 100.`);
  process.exit(1);
}
