/** Steps the offline journeys share: save the site with a visit, then take the network away. */
import { expect, type BrowserContext, type Page } from '@playwright/test';
import type { DistServer } from '../support/serveDist.ts';

/** Opens `path` and waits until the service worker controls the page, i.e. has saved the whole site. */
export async function visitUntilSaved(page: Page, origin: string, path = '/') {
  await page.goto(`${origin}${path}`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 30_000 }).toBe(true);
}

/** Stops the server and puts the browser offline: offline emulation alone does not always cover the worker's own fetches. */
export async function cutTheNetwork(server: Pick<DistServer, 'close'>, context: BrowserContext) {
  await server.close();
  await context.setOffline(true);
}
