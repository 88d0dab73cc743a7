/**
 * Playwright's `test` and `expect` as every spec imports them, with one addition: each test fails
 * if any page of its browser context reported a Content-Security-Policy violation, whatever the test
 * itself checks. So every page and every state the specs reach (questionnaire, search, share, QR,
 * Listen, large text, near me, offline) is also a check that the policy blocks nothing the site
 * needs. A test that makes a browser context of its own records it with `recordCspViolations`.
 * A test that checks pages one by one also gets a `pageCheckTally` for the per-page counts.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { PageCheckTally, pageChecksAttachment } from '../support/pageCheckTally.ts';

export * from '@playwright/test';

declare global {
  interface Window {
    reportCspViolation?: (violation: string) => void;
  }
}

/**
 * Starts recording every Content-Security-Policy violation of every page of `context`, from the
 * next document on, and returns the list it fills: one line each, with the directive, what was
 * blocked and where. The pages report through a binding, so nothing is lost when a page navigates
 * or closes.
 */
export async function recordCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('reportCspViolation', (_source, violation: string) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    addEventListener(
      'securitypolicyviolation',
      (event) => {
        const blocked = event.blockedURI || 'inline';
        const sample = event.sample ? ` "${event.sample}"` : '';
        window.reportCspViolation?.(`${event.effectiveDirective} blocked ${blocked} in ${event.documentURI}:${event.lineNumber}${sample}`);
      },
      true,
    );
  });
  return violations;
}

export const test = base.extend<{ cspViolations: string[]; pageCheckTally: PageCheckTally }>({
  /** For a test that checks pages one by one: its tally goes into the per-page counts, even if it stops early. */
  // Playwright reads a fixture's dependencies from its first parameter, which must be a destructuring pattern.
  // eslint-disable-next-line no-empty-pattern
  pageCheckTally: async ({}, use, testInfo) => {
    const tally = new PageCheckTally();
    await use(tally);
    await testInfo.attach(pageChecksAttachment, { body: JSON.stringify(tally.counts()), contentType: 'application/json' });
  },
  cspViolations: [
    async ({ context, javaScriptEnabled }, use) => {
      const violations = await recordCspViolations(context);
      await use(violations);
      // Lets a report still on its way from a page arrive (events are queued as tasks). Without
      // JavaScript there is no report, and no timer would ever fire.
      if (javaScriptEnabled !== false) {
        await Promise.all(context.pages().map((page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve))).catch(() => undefined)));
      }
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});
