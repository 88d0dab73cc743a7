/**
 * The per-page counts ("axe 186/186") as the end-to-end reporter writes them and `npm test`
 * (scripts/test.ts) reads them back: one shape, one file name, one way to print them.
 */

export interface PageCheckCount {
  passed: number;
  of: number;
}

/** Check name → its count, in the order the checks run. */
export type PageCheckCounts = Record<string, PageCheckCount>;

/** The file, in Playwright's output folder (test-results/, tests/playwright.config.ts). */
export const pageChecksFileName = 'page-checks.json';

/** @example pageChecksLine({ axe: { passed: 186, of: 186 } }) // 'Per-page checks: axe 186/186' */
export function pageChecksLine(counts: PageCheckCounts): string {
  return `Per-page checks: ${Object.entries(counts)
    .map(([check, { passed, of }]) => `${check} ${passed}/${of}`)
    .join(', ')}`;
}
