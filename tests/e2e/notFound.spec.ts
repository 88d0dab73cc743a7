/** An unknown address gets the one bilingual 404 page, with a way on. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test.ts';

for (const path of ['/services/43/', '/en/services/0/', '/no-such-page/', '/en/departments/nobody/']) {
  test(`${path} answers 404 with the bilingual page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('找不到这个页面');
    await expect(page.locator('section[lang="en"] h2')).toHaveText('Page not found');
    await expect(page.locator('main').getByRole('link', { name: 'All services' })).toHaveAttribute('href', '/en/services/');
    await expect(page.locator('main').getByRole('link', { name: '全部服务' })).toHaveAttribute('href', '/services/');
  });
}

test('the 404 page is accessible and names no canonical address', async ({ page }) => {
  await page.goto('/no-such-page/');
  const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});
