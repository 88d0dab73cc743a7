/**
 * The per-page counts ("axe 186/186"): each test that checks pages one by one keeps a tally, which
 * it attaches to its result; tests/support/pageChecksReporter.ts adds the tallies of every test up.
 * A page that fails a check fails its test (a soft assertion naming the page) and is not counted as
 * passed; a page the test never reached (it stopped early) is not counted as passed either.
 */
import { expect } from '@playwright/test';
import type { PageCheckCounts } from './pageCheckCounts.ts';

/** The name of the attachment that carries a test's tally. */
export const pageChecksAttachment = 'page-checks';

export class PageCheckTally {
  /** Check name → path → whether the page passed it. */
  readonly #results = new Map<string, Map<string, boolean>>();

  /** Declares the pages each check must pass, so that one never reached counts as failed. */
  expect(checks: readonly string[], paths: readonly string[]): void {
    for (const check of checks) {
      const results = this.#resultsOf(check);
      for (const path of paths) results.set(path, false);
    }
  }

  /**
   * Runs `run`, which throws (a failed `expect`) when the page at `path` fails `check`, as a soft
   * assertion: the test goes on to the next check and page, and fails at its end with the page named.
   */
  async check(check: string, path: string, run: () => Promise<void>): Promise<void> {
    const problem = await run().then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect.soft(problem, `${path}: ${check}`).toBeUndefined();
    this.#resultsOf(check).set(path, problem === undefined);
  }

  #resultsOf(check: string): Map<string, boolean> {
    let results = this.#results.get(check);
    if (!results) this.#results.set(check, (results = new Map()));
    return results;
  }

  counts(): PageCheckCounts {
    return Object.fromEntries(
      [...this.#results].map(([check, results]) => [check, { passed: [...results.values()].filter(Boolean).length, of: results.size }]),
    );
  }
}
