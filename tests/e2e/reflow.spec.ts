/**
 * Text stays readable at 200% zoom: a 640 px window zoomed to 200% lays out at 320 CSS px, the
 * WCAG reflow width. The longest pages of each kind must not need sideways scrolling there, and
 * enlarged system text (the browser's minimum font size) must not break them either.
 */
import { overflowsHorizontally } from './site.ts';
import { expect, test } from './test.ts';

const longestPages = ['/', '/services/', '/services/29/', '/en/services/34/', '/hotlines/', '/en/policy/', '/en/departments/civil-affairs/', '/404.html'];

test.describe('at 320 CSS px (200% zoom)', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const path of longestPages) {
    test(`${path} needs no sideways scrolling`, async ({ page }) => {
      await page.goto(path);
      expect(await overflowsHorizontally(page)).toBe(false);
    });
  }
});

test("service page text grows with the reader's font size setting", async ({ page }) => {
  await page.goto('/services/29/');
  const normal = await page.locator('.summary__text').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  const enlarged = await page.locator('.summary__text').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(enlarged).toBe(normal * 2);
  expect(await overflowsHorizontally(page)).toBe(false);
});
