/**
 * Every page in the sitemap, in both languages: it loads, has its heading, asks nothing of any
 * other host, logs no error, fits a 360 px screen in normal and in large text, and axe finds
 * nothing (tests/support/axe.ts). The checks are listed once, in pageChecks.ts; each page is
 * visited once for all of them, in groups of pages that share a browser context, so both workers
 * share the sitemap.
 */
import { sitemapPaths } from '../support/sitemap.ts';
import { pageChecks } from './pageChecks.ts';
import { watchPage } from './site.ts';
import { expect, test } from './test.ts';

const paths = sitemapPaths();

test('the sitemap lists every content page of both languages', () => {
  // 93 pages a language: home, services list, 42 services, hotlines, policy, departments list,
  // 24 departments, about, check, search, the print poster, ages, places and its 16 districts.
  expect(paths).toHaveLength(186);
  expect(paths.filter((path) => path.startsWith('/en/'))).toHaveLength(93);
  expect(paths).toContain('/places/');
  expect(paths).toContain('/en/places/310151/');
  expect(paths).toContain('/ages/');
  expect(paths).toContain('/print/');
  expect(paths).toContain('/search/');
  for (const n of [1, 42]) {
    expect(paths).toContain(`/services/${n}/`);
    expect(paths).toContain(`/en/services/${n}/`);
  }
});

test('the sitemap leaves out the 404 page', () => {
  expect(paths.some((path) => path.includes('404'))).toBe(false);
});

/** Enough groups to keep both workers busy to the end, few enough that each context's start-up is paid rarely. */
const groupCount = 12;
const groupSize = Math.ceil(paths.length / groupCount);

for (let first = 0; first < paths.length; first += groupSize) {
  const group = paths.slice(first, first + groupSize);
  test(`sitemap pages ${first + 1}–${first + group.length} of ${paths.length} work and are accessible`, async ({ context, baseURL, pageCheckTally }) => {
    // A page takes a few seconds on a loaded 2-core machine (axe most of it).
    test.setTimeout(group.length * 15_000);
    pageCheckTally.expect(
      pageChecks.map((check) => check.name),
      group,
    );
    // One tab for the whole group, as a reader goes from page to page: a new tab for each address
    // cost 0.3 s a page, more than the audit. What a page logs or requests is forgotten before the
    // next address, and each address is reached from a blank page, so nothing is blamed on the next.
    const page = await context.newPage();
    const watch = watchPage(page, new URL(baseURL!).origin);
    for (const path of group) {
      await page.goto('about:blank');
      watch.clear();
      const response = await page.goto(path, { waitUntil: 'load' });
      for (const check of pageChecks) {
        await pageCheckTally.check(check.name, path, () => check.run({ page, path, response, watch }));
      }
      // What a page stored (large text among it) must not change the next one; and a
      // Content-Security-Policy report still queued in the page gets out before it closes.
      await page.evaluate(() => {
        localStorage.clear();
        sessionStorage.clear();
        return new Promise((resolve) => setTimeout(resolve));
      });
    }
    await page.close();
  });
}
