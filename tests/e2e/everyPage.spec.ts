/**
 * Every page in the sitemap, in both languages: it loads, has its heading, asks nothing of any
 * other host, logs no error, fits a 360 px screen, and axe finds nothing. No axe rule is disabled.
 */
import AxeBuilder from '@axe-core/playwright';
import { overflowsHorizontally, sitemapPaths, watchPage } from './site.ts';
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

for (const path of paths) {
  test(`${path} works and is accessible`, async ({ page, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL!).origin);
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toBeVisible();
    expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN');
    expect(await overflowsHorizontally(page), 'wider than a 360 px screen').toBe(false);

    // Only violations are collected: gathering every passing node doubles the time on a slow machine.
    const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
}
