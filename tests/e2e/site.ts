/** What the end-to-end tests share: content as the build read it, and a watch on what a page does. */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A content record, read as the build read it. */
export function readContent<T>(file: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`../../content/${file}`, import.meta.url)), 'utf8')) as T;
}

export interface PageWatch {
  consoleErrors: string[];
  failedRequests: string[];
  /** Requests to anything but the site's own origin. */
  foreignRequests: string[];
  /** Every request's URL and body, to prove what a page did not send. */
  requests: string[];
  /** Forgets everything recorded so far: for a page that goes on to another address. */
  clear(): void;
}

/** Records console errors, failed requests and requests that leave the site, from now on. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = {
    consoleErrors: [],
    failedRequests: [],
    foreignRequests: [],
    requests: [],
    clear() {
      for (const list of [watch.consoleErrors, watch.failedRequests, watch.foreignRequests, watch.requests]) list.length = 0;
    },
  };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => watch.failedRequests.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) watch.failedRequests.push(`${response.url()} ${response.status()}`);
  });
  page.on('request', (request) => {
    watch.requests.push(`${request.url()} ${request.postData() ?? ''}`);
    const url = new URL(request.url());
    if (url.origin !== origin && url.protocol !== 'data:') watch.foreignRequests.push(request.url());
  });
  return watch;
}

/** Whether the page is wider than the window: the sign of content that does not reflow. */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** A page's search field: a searchbox until touched, a combobox after (so found by its markup). */
export function searchField(page: Page) {
  return page.locator('form[role="search"] input[type="search"]');
}
