/**
 * The crisis answer end to end: words that signal danger or distress, typed into a box or opened as
 * a `#q=` link, show the numbers to call before any result (110 and 120 first for danger, then the
 * plan's line that fits with its 021 form; for help, the line alone), also while the index is still
 * loading and offline; the header box's suggestions lead to it with one option holding no tel: link.
 */
import { axeViolations } from '../support/axe.ts';
import { serveDist } from '../support/serveDist.ts';
import { builtSite as dist } from '../support/sitemap.ts';
import { cutTheNetwork, visitUntilSaved } from './offlineHelpers.ts';
import { searchField } from './site.ts';
import { expect, test, type Page } from './test.ts';

const answer = (page: Page) => page.getByTestId('crisis-answer');
/** Every tel: number the answer offers, in order. */
const numbersIn = (page: Page) =>
  answer(page)
    .locator('a[href^="tel:"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));

/** Types 想死 into the header box of /hotlines/ and checks that the crisis option comes first. */
async function typeDangerInHeaderBox(page: Page) {
  await page.goto('/hotlines/');
  const box = searchField(page);
  await box.focus();
  await box.pressSequentially('想死');
  const listbox = page.getByRole('listbox');
  await expect(listbox.getByRole('option').first()).toHaveClass(/search-suggestions__crisis--danger/u);
  return { box, listbox };
}

const journeys = [
  { query: '不想活了', lang: 'zh', tier: 'danger', tel: ['tel:110', 'tel:120', 'tel:962525', 'tel:021962525'] },
  { query: '孩子被打了怎么办', lang: 'zh', tier: 'danger', tel: ['tel:110', 'tel:120', 'tel:12355', 'tel:02112355'] },
  { query: '老公家暴', lang: 'zh', tier: 'danger', tel: ['tel:110', 'tel:120', 'tel:12338', 'tel:02112338'] },
  { query: 'my child is missing', lang: 'en', tier: 'danger', tel: ['tel:110', 'tel:120'] },
  { query: '心里难受', lang: 'zh', tier: 'help', tel: ['tel:962525', 'tel:021962525'] },
  { query: 'bullied at school', lang: 'en', tier: 'help', tel: ['tel:12355', 'tel:02112355'] },
] as const;

for (const { query, lang, tier, tel } of journeys) {
  const prefix = lang === 'en' ? '/en' : '';

  test(`a link for “${query}” shows the ${tier} answer first, with ${tel.join(' ')}`, async ({ page }) => {
    await page.goto(`${prefix}/search/#q=${encodeURIComponent(query)}`);
    await expect(answer(page)).toBeVisible();
    await expect(answer(page)).toHaveAttribute('data-tier', tier);
    expect(await numbersIn(page)).toEqual(tel);
    // Before the results, and outside their list.
    await expect(page.getByTestId('search-results').getByTestId('crisis-answer')).toHaveCount(0);
    const before = await answer(page).evaluate((element) => {
      const list = document.querySelector('[data-testid="search-results"]')!;
      return Boolean(element.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    // 110 and 120 only for danger, never with 021.
    await expect(answer(page).locator('a[href="tel:021110"], a[href="tel:021120"]')).toHaveCount(0);
    if (tier === 'help') await expect(answer(page).locator('a[href="tel:110"]')).toHaveCount(0);
  });

  test(`“${query}” typed into the header box offers the answer first, with no tel: link in the list`, async ({ page }) => {
    await page.goto(`${prefix}/services/3/`);
    const box = searchField(page);
    await box.focus();
    await box.pressSequentially(query);
    const first = page.getByRole('listbox').getByRole('option').first();
    await expect(first).toHaveClass(/search-suggestions__crisis/u);
    await expect(page.getByRole('listbox').locator('a[href^="tel:"]')).toHaveCount(0);
    await box.press('ArrowDown');
    await box.press('Enter');
    await expect(page).toHaveURL(`${prefix}/search/#q=${encodeURIComponent(query)}`);
    await expect(answer(page)).toHaveAttribute('data-tier', tier);
    expect(await numbersIn(page)).toEqual(tel);
  });
}

test('for 自杀 the 962525 line also stays first in the results', async ({ page }) => {
  await page.goto(`/search/#q=${encodeURIComponent('自杀')}`);
  await expect(answer(page)).toHaveAttribute('data-tier', 'danger');
  await expect(page.getByTestId('search-results').locator('li a').first()).toHaveAttribute('href', '/hotlines/#hotline-962525');
});

test('the answer follows the words as they change, and goes when they no longer call for it', async ({ page }) => {
  await page.goto('/search/');
  const box = searchField(page);
  await box.fill('压力大');
  await expect(answer(page)).toHaveAttribute('data-tier', 'help');
  await box.fill('压力大，不想活了');
  await expect(answer(page)).toHaveAttribute('data-tier', 'danger');
  await box.fill('打印');
  await expect(answer(page)).toHaveCount(0);
  await box.fill('打疫苗');
  await expect(page.getByTestId('search-results').locator('li a').first()).toHaveAttribute('href', '/services/3/');
  await expect(answer(page)).toHaveCount(0);
});

test('the answer and a loading line show at once while the index is still on its way', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/search-index.json', async (route) => {
    await held;
    await route.continue();
  });
  const { listbox } = await typeDangerInHeaderBox(page);
  await expect(listbox.locator('.search-suggestions__loading')).toHaveText('正在准备搜索，请稍等……');
  await page.goto(`/search/#q=${encodeURIComponent('想死')}`);
  await expect(answer(page)).toHaveAttribute('data-tier', 'danger');
  await expect(page.locator('[data-search-summary]')).toHaveText('正在准备搜索……');
  release();
  await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
});

test('when the index cannot load, the crisis option stays, the list says search is unavailable, and it asks again only at a key', async ({ page }) => {
  let attempts = 0;
  await page.route('**/search-index.json', (route) => {
    attempts += 1;
    return route.abort();
  });
  const { box, listbox } = await typeDangerInHeaderBox(page);
  await expect(listbox.locator('.search-suggestions__loading')).toHaveText('搜索暂时用不了（可能是网络不通）。可以按类别查看全部服务，或者拨打热线。');
  // Time for a loop of retries to show itself, if there were one.
  await page.waitForTimeout(1500);
  const settled = attempts;
  expect(settled).toBeLessThanOrEqual(3);
  await box.press('Space');
  await expect.poll(() => attempts).toBeGreaterThan(settled);
});

test('axe finds nothing with a danger answer, a help answer, or the crisis option open', async ({ page }) => {
  await page.goto(`/search/#q=${encodeURIComponent('孩子被老公打')}`);
  await expect(answer(page)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.goto(`/en/search/#q=${encodeURIComponent('so stressed')}`);
  await expect(answer(page)).toHaveAttribute('data-tier', 'help');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('/services/3/');
  const box = searchField(page);
  await box.focus();
  await box.pressSequentially('自杀');
  await box.press('ArrowDown');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the answer shows with no network', async ({ page, context }) => {
    test.setTimeout(120_000);
    const server = await serveDist(dist);
    try {
      await visitUntilSaved(page, server.origin, '/');
      await cutTheNetwork(server, context);
      await page.goto(`${server.origin}/search/#q=${encodeURIComponent('我想自杀')}`);
      await expect(answer(page)).toHaveAttribute('data-tier', 'danger');
      await expect(answer(page).locator('a[href="tel:962525"]')).toBeVisible();
    } finally {
      await server.close();
      await context.setOffline(false);
    }
  });
});
