/**
 * What every page of the sitemap must pass, checked in one visit of each (everyPage.spec.ts). A new
 * per-page check goes in this list, never in a new walk of the sitemap: it then runs on every page,
 * counts in "Per-page checks: …" under its name, and names the page when it fails.
 */
import type { Page, Response } from '@playwright/test';
import { axeViolations } from '../support/axe.ts';
import { overflowsHorizontally, type PageWatch } from './site.ts';
import { expect } from './test.ts';

/** One page, just loaded at 360 px wide, and what it has done since it started loading. */
export interface PageVisit {
  page: Page;
  path: string;
  response: Response | null;
  watch: PageWatch;
}

export interface PageCheck {
  /** Its name in the per-page counts. */
  name: string;
  /** Throws (a failed `expect`) when the page fails the check. May leave the page changed, not elsewhere. */
  run(visit: PageVisit): Promise<void>;
}

/** The checks, in the order they run: the ones that read what the page did come after the ones that make it do more. */
export const pageChecks: readonly PageCheck[] = [
  {
    name: 'status',
    run: async ({ response }) => expect(response?.status()).toBe(200),
  },
  {
    name: 'heading',
    run: async ({ page }) => {
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
    },
  },
  {
    name: 'lang',
    run: async ({ page, path }) => expect(await page.getAttribute('html', 'lang')).toBe(path.startsWith('/en/') ? 'en' : 'zh-CN'),
  },
  {
    name: 'folds',
    // Every fold opened before the width and axe checks, so what a family unfolds (a fact's sources,
    // a result's reasons, the page's QR code) is measured and audited too, and each says what it holds.
    run: async ({ page }) => {
      const summaries = await page.locator('details > summary').evaluateAll((list) => list.map((summary) => (summary.textContent ?? '').trim()));
      expect(
        summaries.filter((text) => text === ''),
        'a fold whose summary has no words',
      ).toEqual([]);
      await page.locator('details').evaluateAll((list) => list.forEach((details) => ((details as HTMLDetailsElement).open = true)));
    },
  },
  {
    name: 'width',
    run: async ({ page }) => expect(await overflowsHorizontally(page), 'wider than a 360 px screen').toBe(false),
  },
  {
    name: 'axe',
    run: async ({ page }) => expect(await axeViolations(page)).toEqual([]),
  },
  {
    name: 'large-text width',
    // As a reader who turned large text on elsewhere arrives: the first-paint script reads the stored choice.
    run: async ({ page }) => {
      await page.evaluate(() => localStorage.setItem('text-size', 'large'));
      await page.reload();
      await expect(page.locator('html')).toHaveClass(/\blarge-text\b/u);
      expect(await overflowsHorizontally(page), 'wider than a 360 px screen in large text').toBe(false);
    },
  },
  {
    name: 'console',
    run: async ({ watch }) => expect(watch.consoleErrors).toEqual([]),
  },
  {
    name: 'failed requests',
    run: async ({ watch }) => expect(watch.failedRequests).toEqual([]),
  },
  {
    name: 'foreign requests',
    run: async ({ watch }) => expect(watch.foreignRequests).toEqual([]),
  },
];
