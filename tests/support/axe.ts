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
  const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  return axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}
