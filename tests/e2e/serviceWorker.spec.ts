/**
 * The service worker when a deploy or the network goes wrong. A page that a deploy removes stops
 * being served from the phone once the new version is in (whether the person lets it in from the
 * banner or closes the site), so it is never served from an old copy for ever. A file that fails to
 * download while the worker saves the site leaves the site working from the network, never claiming
 * to be saved, and the next visit saves it; a failure while saving a new version leaves the saved
 * one whole, and offers nothing. Like offline.spec.ts, these run their own server (serveDist.ts).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deploy, type Deploy } from '../support/deploy.ts';
import { serveDist, type DistServer } from '../support/serveDist.ts';
import { builtSite as dist } from '../support/sitemap.ts';
import { cutTheNetwork, visitUntilSaved } from './offlineHelpers.ts';
import { watchPage } from './site.ts';
import { expect, test, type BrowserContext, type Page } from './test.ts';

test.use({ serviceWorkers: 'allow' });

/** A department page, as a merged or renamed department's would go. */
const removedPage = '/departments/red-cross/';
const removedHeading = '上海市红十字会';
const notFoundHeading = '找不到这个页面';
const offlineHeading = '现在没有网络';

/** The paths of everything the worker has saved on the phone, from every cache of the origin. */
function savedPaths(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });
}

/** Whether the origin has a service worker installing, waiting or active. */
function hasWorker(page: Page): Promise<boolean> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return Boolean(registration?.installing ?? registration?.waiting ?? registration?.active);
  });
}

/**
 * Makes the server's answer to `pathname` a 500, for requests of every page and worker of the
 * context, and returns a check of whether it has been asked for since.
 */
async function failFile(context: BrowserContext, pathname: string): Promise<() => boolean> {
  let asked = false;
  await context.route(
    (url) => url.pathname === pathname,
    (route) => {
      asked = true;
      return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
    },
  );
  return () => asked;
}

test.describe('a deploy that removes a page', () => {
  let server: DistServer;
  let second: Deploy;
  test.beforeEach(async () => {
    second = await deploy(dist, (root) => {
      for (const prefix of ['', 'en/']) rmSync(join(root, prefix, removedPage.slice(1)), { recursive: true });
    });
    server = await serveDist(dist);
  });
  test.afterEach(async () => {
    await server.close();
    second.remove();
  });

  /** Saves the first deploy on the phone, opens the page from it, then deploys the second. */
  async function saveThenDeploy(page: Page) {
    await visitUntilSaved(page, server.origin);
    expect(await savedPaths(page)).toContain(`${removedPage}index.html`);
    await page.goto(`${server.origin}${removedPage}`);
    await expect(page.locator('h1')).toHaveText(removedHeading);
    server.setRoot(second.root);
  }

  test('once the new version is let in from the banner: online the 404 page, offline the offline page', async ({ page, context }) => {
    test.setTimeout(120_000);
    await saveThenDeploy(page);
    await page.reload();
    const banner = page.locator('[data-update-banner]');
    await expect(banner).toBeVisible({ timeout: 60_000 });
    // Until then, the saved version is whole: the page is still its old self.
    await expect(page.locator('h1')).toHaveText(removedHeading);
    await banner.getByRole('button', { name: '现在更新' }).click();
    // The page reloads under the new version, which asks the server, which no longer has it.
    await expect(page.locator('h1')).toHaveText(notFoundHeading, { timeout: 30_000 });
    const saved = await savedPaths(page);
    expect(saved).not.toContain(`${removedPage}index.html`);
    expect(saved).not.toContain(`/en${removedPage}index.html`);
    expect(saved).toContain('/departments/index.html');
    expect((await page.goto(`${server.origin}/en${removedPage}`))?.status()).toBe(404);

    await cutTheNetwork(server, context);
    await page.goto(`${server.origin}${removedPage}`);
    await expect(page.locator('h1')).toHaveText(offlineHeading);
    // The rest of the new version is saved.
    await page.goto(`${server.origin}/departments/`);
    await expect(page.locator('h1')).toHaveText('负责部门');
  });

  test('when the person never lets it in, once every page of the site is closed', async ({ page, context }) => {
    test.setTimeout(120_000);
    await saveThenDeploy(page);
    await page.reload();
    const banner = page.locator('[data-update-banner]');
    await expect(banner).toBeVisible({ timeout: 60_000 });
    await banner.getByRole('button', { name: '以后再说' }).click();
    // Closing the site lets the waiting version in, without a tap: the next visit has it.
    await page.close();
    const next = await context.newPage();
    await expect.poll(async () => (await next.goto(`${server.origin}${removedPage}`))?.status(), { timeout: 30_000 }).toBe(404);
    await expect(next.locator('h1')).toHaveText(notFoundHeading);
    expect(await savedPaths(next)).not.toContain(`${removedPage}index.html`);
  });
});

test.describe('a file that fails while the site is saved', () => {
  let server: DistServer;
  test.beforeEach(async () => {
    server = await serveDist(dist);
  });
  test.afterEach(async () => {
    await server.close();
  });

  test('on the first visit: the site works from the network, says nothing about being saved, and the next visit saves it', async ({ page, context }) => {
    test.setTimeout(120_000);
    const watch = watchPage(page, server.origin);
    // A file only the worker asks for (pages are asked for as /en/about/): a host failing mid-download.
    const asked = await failFile(context, '/en/about/index.html');
    await page.goto(`${server.origin}/`);
    await expect.poll(asked, { timeout: 30_000 }).toBe(true);
    // The worker could not save everything, so it did not install: nothing is kept half-saved.
    await expect.poll(() => hasWorker(page), { timeout: 30_000 }).toBe(false);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await expect(page.locator('[data-offline-ready]')).toBeHidden();
    await expect(page.locator('[data-update-banner]')).toBeHidden();

    // Online, every page and search work as they would with no worker at all.
    await page.goto(`${server.origin}/services/3/`);
    await expect(page.locator('h1')).toHaveText('免疫接种');
    await page.goto(`${server.origin}/en/about/`);
    await expect(page.locator('h1')).toHaveCount(1);
    await page.goto(`${server.origin}/search/#q=dibao`);
    await expect(page.getByTestId('search-results').locator('li a').first()).toHaveAttribute('href', '/services/27/');
    await expect(page.locator('[data-offline-ready]')).toBeHidden();
    expect(watch.consoleErrors).toEqual([]);

    // With the file back, the next visit saves the whole site.
    await context.unrouteAll();
    await visitUntilSaved(page, server.origin);
    await expect(page.locator('[data-offline-ready]')).toBeVisible();
    expect(await savedPaths(page)).toContain('/en/about/index.html');
  });

  test('for a new version: the saved version stays whole and in charge, and nothing is offered', async ({ page, context }) => {
    test.setTimeout(120_000);
    const changed = 'services/3/index.html';
    const second = await deploy(dist, (root) => {
      const file = join(root, changed);
      writeFileSync(file, readFileSync(file, 'utf8').replace('<h1>免疫接种</h1>', '<h1>免疫接种（新版）</h1>'));
    });
    try {
      await visitUntilSaved(page, server.origin, '/services/3/');
      const watch = watchPage(page, server.origin);
      server.setRoot(second.root);
      const asked = await failFile(context, `/${changed}`);
      await page.reload();
      await expect.poll(asked, { timeout: 30_000 }).toBe(true);
      // The new version did not install: the old one stays active, with none waiting.
      await expect
        .poll(
          () =>
            page.evaluate(async () => {
              const registration = await navigator.serviceWorker.getRegistration();
              return { installing: Boolean(registration?.installing), waiting: Boolean(registration?.waiting), active: Boolean(registration?.active) };
            }),
          { timeout: 30_000 },
        )
        .toEqual({ installing: false, waiting: false, active: true });
      await expect(page.locator('[data-update-banner]')).toBeHidden();
      await expect(page.locator('h1')).toHaveText('免疫接种');
      expect(watch.consoleErrors).toEqual([]);

      // Still saved: with no network, the version on the phone opens, whole.
      await cutTheNetwork(server, context);
      await page.goto(`${server.origin}/services/3/`);
      await expect(page.locator('h1')).toHaveText('免疫接种');
      await page.goto(`${server.origin}${removedPage}`);
      await expect(page.locator('h1')).toHaveText(removedHeading);
    } finally {
      second.remove();
    }
  });
});
