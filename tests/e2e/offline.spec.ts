/**
 * The site in the pocket: after one visit every page of both languages opens with no network,
 * search included; an unknown page offline gets the offline page; a deploy is offered, not forced;
 * and where service workers are blocked nothing breaks. These tests run their own server
 * (tests/support/serveDist.ts), so they can stop it: offline emulation does not always cover the
 * worker's own fetches.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Service } from '../../src/lib/content/schemas.ts';
import { deploy } from '../support/deploy.ts';
import { decodeEntities } from '../support/entities.ts';
import { findChromium } from '../support/findChromium.ts';
import { serveDist, type DistServer } from '../support/serveDist.ts';
import { builtSite as dist, sitemapPaths } from '../support/sitemap.ts';
import { cutTheNetwork, visitUntilSaved } from './offlineHelpers.ts';
import { readContent } from './site.ts';
import { chromium, expect, recordCspViolations, test } from './test.ts';

test.use({ serviceWorkers: 'allow' });

const paths = sitemapPaths();
/** Each group saves the site once, in a context of its own, so both workers share the sweep. */
const groupCount = 6;
const groupSize = Math.ceil(paths.length / groupCount);

test.describe('offline', () => {
  let server: DistServer;
  test.beforeEach(async () => {
    server = await serveDist(dist);
  });
  test.afterEach(async () => {
    await server.close();
  });

  for (let first = 0; first < paths.length; first += groupSize) {
    const group = paths.slice(first, first + groupSize);
    test(`after one visit, sitemap pages ${first + 1}–${first + group.length} of ${paths.length} open with no network, shared-link parameters and all`, async ({
      page,
      context,
      pageCheckTally,
    }) => {
      test.setTimeout(120_000 + group.length * 5_000);
      pageCheckTally.expect(['offline'], group);
      await visitUntilSaved(page, server.origin);
      await expect(page.locator('[data-offline-ready]')).toBeVisible();
      await cutTheNetwork(server, context);
      for (const path of group) {
        // Each page must be itself, not the offline page: its own heading and canonical address, as built.
        const built = readFileSync(join(dist, path, 'index.html'), 'utf8');
        const heading = decodeEntities(
          /<h1[^>]*>([\s\S]*?)<\/h1>/u
            .exec(built)![1]!
            .replace(/<[^>]+>/gu, '')
            .trim(),
        );
        const canonical = /<link rel="canonical" href="([^"]+)"/u.exec(built)![1]!;
        await pageCheckTally.check('offline', path, async () => {
          for (const suffix of ['', '?from=singlemessage&isappinstalled=0']) {
            const response = await page.goto(`${server.origin}${path}${suffix}`);
            expect(response?.status(), `${path}${suffix}`).toBe(200);
            await expect(page.locator('h1'), `${path}${suffix}`).toHaveText(heading);
            await expect(page.locator('link[rel="canonical"]'), `${path}${suffix}`).toHaveAttribute('href', canonical);
          }
        });
      }
    });
  }

  test('search works offline after one visit, on both language sides', async ({ page, context }) => {
    await visitUntilSaved(page, server.origin);
    await cutTheNetwork(server, context);
    await page.goto(`${server.origin}/search/#q=xinli`);
    await expect(page.getByTestId('search-results').locator('li a').first()).toHaveAttribute('href', '/services/34/');
    await page.goto(`${server.origin}/en/search/#q=vaccine`);
    await expect(page.getByTestId('search-results').locator('li a').first()).toHaveAttribute('href', '/en/services/3/');
  });

  test('a page that is not saved shows the offline page, with hotlines to call', async ({ page, context }) => {
    await visitUntilSaved(page, server.origin);
    await cutTheNetwork(server, context);
    await page.goto(`${server.origin}/no-such-page/`);
    await expect(page.locator('h1')).toHaveText('现在没有网络');
    await expect(page.locator('a[href="tel:12355"]').first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en/');
  });

  test('Chromium finds the site installable', async ({ browserName }, testInfo) => {
    expect(browserName).toBe('chromium');
    // Installability is not judged in an incognito-like context (Playwright's default): use a profile.
    const profile = mkdtempSync(join(tmpdir(), 'profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: testInfo.project.use.launchOptions?.args ?? [] });
    try {
      const violations = await recordCspViolations(context);
      const page = context.pages()[0] ?? (await context.newPage());
      await visitUntilSaved(page, server.origin);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
      expect(installabilityErrors).toEqual([]);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

test('with service workers blocked, pages and search still work from the network', async ({ browser }) => {
  const server = await serveDist(dist);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const violations = await recordCspViolations(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  try {
    await page.goto(`${server.origin}/services/3/`);
    await expect(page.locator('h1')).toHaveText('免疫接种');
    await page.goto(`${server.origin}/search/#q=dibao`);
    await expect(page.getByTestId('search-results').locator('li a').first()).toHaveAttribute('href', '/services/27/');
    await expect(page.locator('[data-offline-ready]')).toBeHidden();
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
  } finally {
    await context.close();
    await server.close();
  }
});

test('a new deploy is offered politely, and reloading shows the new content', async ({ page }) => {
  test.setTimeout(180_000);
  // The second deploy: the same site with one changed summary, as a content change would build it.
  const summary = readContent<Service>('services/3.json').zh.summary;
  const added = '（本站测试更新）';
  const second = await deploy(dist, (root) => {
    const file = join(root, 'services/3/index.html');
    const shown = `<p class="summary__text">${summary}</p>`;
    const html = readFileSync(file, 'utf8');
    expect(html).toContain(shown);
    writeFileSync(file, html.replace(shown, `<p class="summary__text">${summary}${added}</p>`));
  });

  const server = await serveDist(dist);
  try {
    await visitUntilSaved(page, server.origin, '/services/3/');
    await expect(page.locator('main').getByText(summary, { exact: false }).first()).toBeVisible();
    server.setRoot(second.root);
    await page.reload();
    const banner = page.locator('[data-update-banner]');
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await expect(banner).toContainText('本站有新的内容。');
    // Offered, not forced: the page still shows what it showed.
    await expect(page.locator('main')).not.toContainText(added);
    await banner.getByRole('button', { name: '现在更新' }).click();
    await expect(page.locator('main')).toContainText(added, { timeout: 30_000 });
    await expect(page.locator('[data-update-banner]')).toBeHidden();
  } finally {
    await server.close();
    second.remove();
  }
});
