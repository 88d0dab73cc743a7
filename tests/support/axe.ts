/**
 * The one axe audit every end-to-end spec runs. No rule is disabled: a rule switched off here must
 * say why in a comment beside it, as it would hide a barrier from every page at once.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe's violations on the page as it is now, one line each: the rule and the elements it found
 * (`color-contrast: main > p | footer a`). An empty list means axe found nothing.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Only violations are collected: gathering every passing node doubles the time on a slow machine.
  // Legacy mode runs axe.run in the page itself. The default (runPartial, then finishRun in a new
  // blank page) exists for cross-origin frames, which no page of the site has, and cost a second
  // page and a second copy of axe for every audit: 0.9 s a page against 0.25 s, the same rules and
  // the same results. tests/e2e/axe.spec.ts proves this audit still finds what it must.
  const axe = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .setLegacyMode()
    .analyze();
  return axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}
