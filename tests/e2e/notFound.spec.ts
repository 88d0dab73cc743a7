/** An unknown address gets the one bilingual 404 page, with a way on. */
import { axeViolations } from '../support/axe.ts';
import { expect, test } from './test.ts';

/**
 * Addresses people mistype or read out wrong: service numbers off the list, short links to no
 * service, district codes that are no district (310199) or too long, a department that does not
 * exist, and a page that never did.
 */
const unknownAddresses = [
  '/services/43/',
  '/services/99/',
  '/services/0/',
  '/services/abc/',
  '/en/services/0/',
  '/s/99/',
  '/en/s/0/',
  '/places/999999/',
  '/places/310199/',
  '/en/places/3101011/',
  '/departments/nope/',
  '/en/departments/nobody/',
  '/no-such-page/',
];

for (const path of unknownAddresses) {
  test(`${path} answers 404 with the bilingual page and its search boxes`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('找不到这个页面');
    await expect(page.locator('section[lang="en"] h2')).toHaveText('Page not found');
    await expect(page.locator('main').getByRole('link', { name: 'All services' })).toHaveAttribute('href', '/en/services/');
    await expect(page.locator('main').getByRole('link', { name: '全部服务' })).toHaveAttribute('href', '/services/');
    await expect(page.getByRole('search', { name: '找服务' }).getByRole('searchbox')).toBeVisible();
    await expect(page.getByRole('search', { name: 'Find a service' }).getByRole('searchbox')).toBeVisible();
  });
}

test('the search box on the 404 page works from any address', async ({ page }) => {
  await page.goto('/en/places/3101011/');
  const box = page.getByRole('search', { name: 'Find a service' }).locator('input[type="search"]');
  await box.fill('vaccine');
  await box.press('Enter');
  await expect(page).toHaveURL('/en/search/#q=vaccine');
  await expect(page.getByTestId('search-results').locator('li a').first()).toHaveAttribute('href', '/en/services/3/');
});

test('the 404 page is accessible and names no canonical address', async ({ page }) => {
  await page.goto('/no-such-page/');
  expect(await axeViolations(page)).toEqual([]);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});
