/**
 * The offline journey through deploy/nginx.conf: one visit saves the site (the service worker
 * precaches through nginx's caching, gzip and headers), then nginx is stopped and pages still open.
 * Online, the page logs no error and no policy warning: the header's policy blocks nothing the page
 * needs, and Chromium understands every Permissions-Policy feature it names.
 */
import { expect, test } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { cutTheNetwork, visitUntilSaved } from '../e2e/offlineHelpers.ts';
import { watchPage } from '../e2e/site.ts';
import { deployPorts, startNginx } from './nginx.ts';

test.use({ serviceWorkers: 'allow' });

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));

test('after one visit through nginx, pages open with nginx stopped', async ({ page, context }) => {
  test.setTimeout(120_000);
  const nginx = await startNginx({ root: dist, port: deployPorts.offline });
  try {
    const watch = watchPage(page, nginx.origin);
    // Chromium reports a header it cannot read (an unknown Permissions-Policy feature, a bad CSP
    // directive) as a warning, not an error.
    const policyWarnings: string[] = [];
    page.on('console', (message) => {
      if (/Permissions-Policy|Content.Security.Policy/iu.test(message.text())) policyWarnings.push(message.text());
    });
    await visitUntilSaved(page, nginx.origin, '/services/3/');
    await expect(page.locator('[data-offline-ready]')).toBeVisible();
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.failedRequests).toEqual([]);
    expect(policyWarnings).toEqual([]);

    await cutTheNetwork(nginx, context);
    await page.reload();
    await expect(page.locator('h1')).toHaveText('免疫接种');
    const district = await page.goto(`${nginx.origin}/places/310101/`);
    expect(district?.status()).toBe(200);
    await expect(page.locator('h1')).toContainText('黄浦');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/places\/310101\/$/u);
    await page.goto(`${nginx.origin}/en/search/#q=vaccine`);
    await expect(page.getByTestId('search-results').locator('li a').first()).toHaveAttribute('href', '/en/services/3/');
  } finally {
    await nginx.close();
  }
});
