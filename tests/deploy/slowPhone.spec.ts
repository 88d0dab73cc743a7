/**
 * The first keystroke on a slow phone, through deploy/nginx.conf (gzip, caching, as a family's
 * phone receives the site): with the CPU slowed four times and 400 ms round trips, the first key
 * typed into the header box shows that search is getting ready, or results, within 100 ms; and
 * the crisis answer's option comes before the search index is ready.
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { deployPorts, startNginx, type NginxServer } from './nginx.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
let nginx: NginxServer;

test.beforeAll(async () => {
  nginx = await startNginx({ root: dist, port: deployPorts.slowPhone });
});

test.afterAll(async () => {
  await nginx?.close();
});

/** The time from a key typed into the header box until the page shows it is searching (a loading line or suggestions). */
async function firstKeystroke(page: import('@playwright/test').Page, text: string): Promise<number> {
  return page.locator('#site-search').evaluate(async (field: HTMLInputElement, typed: string) => {
    field.focus();
    const start = performance.now();
    field.value = typed;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    const shown = () =>
      [...document.querySelectorAll<HTMLElement>('[data-search-loading], [role="listbox"] [role="option"]')].some((element) => element.offsetParent !== null);
    while (!shown()) await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - start;
  }, text);
}

test('on a slow phone the first key shows search getting ready within 100 ms, and the crisis option comes before the index', async ({ page }) => {
  test.setTimeout(120_000);
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`${nginx.origin}/services/3/`);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (200 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let indexDone = false;
  page.on('requestfinished', (request) => {
    if (request.url().endsWith('/search-index.json')) indexDone = true;
  });

  const elapsed = await firstKeystroke(page, '想死');
  console.log(`first keystroke to a visible loading state: ${elapsed.toFixed(0)} ms`);
  expect(elapsed).toBeLessThan(100);
  await expect(page.locator('[data-search-loading]')).toHaveText('正在准备搜索，请稍等……');

  // The crisis list is a small file: its option shows while the index is still on its way.
  const crisisOption = page.locator('[role="listbox"] .search-suggestions__crisis');
  await expect(crisisOption).toBeVisible({ timeout: 30_000 });
  expect(indexDone).toBe(false);
  await expect(page.locator('[role="listbox"] .search-suggestions__loading')).toBeVisible();
  // Then the results come.
  await expect(
    page.locator('[role="listbox"] [role="option"]:not(.search-suggestions__crisis):not(.search-suggestions__all):not(.search-suggestions__loading)').first(),
  ).toBeVisible({
    timeout: 60_000,
  });
});
