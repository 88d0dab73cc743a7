/**
 * The age view (/ages/) and large-text mode, against the built site. What the chart must show is
 * worked out here from content/ directly, not from the code that draws it.
 */
import type { Service } from '../../src/lib/content/schemas.ts';
import { axeViolations } from '../support/axe.ts';
import { overflowsHorizontally, readContent } from './site.ts';
import { expect, test, type Page } from './test.ts';

const services = Array.from({ length: 42 }, (_, i) => readContent<Service>(`services/${i + 1}.json`));
/** Every service whose wording states ages, with those ages, as the content gives them. */
const ageBound = services.flatMap((service) =>
  service.eligibility.conditions.flatMap((c) => (c.kind === 'age' ? [{ number: service.number, from: c.min, to: c.max, service }] : [])),
);

/** The horizontal middle of an element, in page pixels. */
const middleOf = async (page: Page, selector: string, index: number) => {
  const box = (await page.locator(selector).nth(index).boundingBox())!;
  return box.x + box.width / 2;
};

test('the content has services that state ages, so the chart has something to show', () => {
  expect(ageBound.length).toBeGreaterThan(0);
});

for (const [lang, prefix] of [
  ['zh', ''],
  ['en', '/en'],
] as const) {
  test.describe(`/ages/ (${lang})`, () => {
    test('has one bar per service that states ages, each linking to its service and drawn over its ages', async ({ page }) => {
      await page.goto(`${prefix}/ages/`);
      const bars = page.getByTestId('age-bar');
      await expect(bars).toHaveCount(ageBound.length);
      for (const { number, from, to, service } of ageBound) {
        const bar = page.locator(`[data-testid="age-bar"][data-service="${number}"]`);
        await expect(bar).toHaveCount(1);
        await expect(bar).toHaveAttribute('href', `${prefix}/services/${number}/`);
        // Readable without colour: the code, the name and the ages are written on the chart.
        await expect(bar).toContainText(service[lang].name);
        await expect(bar).toContainText(String(number));
        await expect(bar).toContainText(`${from}–${to}`);
        // The bar covers the columns of its first and last age, and not the ones beyond.
        const rect = (await bar.locator('.age-chart__rect').boundingBox())!;
        const tick = (age: number) => middleOf(page, '.age-chart__tick', age);
        expect(await tick(from)).toBeGreaterThan(rect.x);
        expect(await tick(to)).toBeLessThan(rect.x + rect.width);
        if (from > 0) expect(await tick(from - 1)).toBeLessThan(rect.x);
        if (to < 17) expect(await tick(to + 1)).toBeGreaterThan(rect.x + rect.width);
      }
      await expect(page.locator('.age-chart__tick')).toHaveText(Array.from({ length: 18 }, (_, age) => String(age)));
    });

    test('a bar opens its service', async ({ page }) => {
      const { number, service } = ageBound.at(-1)!;
      await page.goto(`${prefix}/ages/`);
      await page.locator(`[data-testid="age-bar"][data-service="${number}"]`).click();
      await expect(page).toHaveURL(new RegExp(`${prefix}/services/${number}/$`, 'u'));
      await expect(page.locator('h1')).toHaveText(service[lang].name);
    });

    test('the table says the same as the chart, row for row', async ({ page }) => {
      await page.goto(`${prefix}/ages/`);
      const table = page.getByTestId('age-table');
      await expect(table.locator('caption')).not.toBeEmpty();
      await expect(table.locator('thead th[scope="col"]')).toHaveCount(3);
      const rows = table.locator('tbody tr');
      const bars = page.getByTestId('age-bar');
      await expect(rows).toHaveCount(await bars.count());
      for (let i = 0; i < (await bars.count()); i += 1) {
        const bar = bars.nth(i);
        const row = rows.nth(i);
        const number = await bar.getAttribute('data-service');
        const { from, to, service } = ageBound.find((entry) => String(entry.number) === number)!;
        await expect(row.locator('th[scope="row"]')).toContainText(service[lang].name);
        await expect(row.locator('th[scope="row"]')).toContainText(number!);
        await expect(row.locator('td')).toHaveText([String(from), String(to)]);
        await expect(bar).toHaveAttribute('data-from', String(from));
        await expect(bar).toHaveAttribute('data-to', String(to));
      }
    });

    test('lists the services tied to a school stage by stage, without turning stages into ages', async ({ page }) => {
      await page.goto(`${prefix}/ages/`);
      const stageBound = services.filter((s) => s.eligibility.conditions.some((c) => c.kind === 'stage'));
      for (const service of stageBound) {
        const stages = service.eligibility.conditions.flatMap((c) => (c.kind === 'stage' ? c.stages : []));
        for (const stage of stages) {
          await expect(page.locator(`[data-stage="${stage}"] [data-service="${service.number}"] a`)).toHaveAttribute(
            'href',
            `${prefix}/services/${service.number}/`,
          );
        }
        // A service tied to a stage and not to ages is no bar on the chart.
        if (!ageBound.some((entry) => entry.number === service.number)) {
          await expect(page.locator(`[data-testid="age-bar"][data-service="${service.number}"]`)).toHaveCount(0);
        }
      }
      // Stages in school order.
      const order = ['none', 'nursery', 'kindergarten', 'primary', 'junior', 'senior', 'vocational'];
      const shown = await page.locator('[data-stage]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-stage')!));
      expect(shown).toEqual(order.filter((stage) => shown.includes(stage)));
      // Why stages are not turned into ages, in the plan's terms: no school-length claim no official source makes.
      await expect(page.locator('main')).toContainText(lang === 'zh' ? '方案写的是上学阶段，没有写年龄' : 'The plan names the school stage, not an age');
      await expect(page.locator('main')).not.toContainText(lang === 'zh' ? '小学是5年' : 'primary school lasts 5 years');
    });

    test('axe finds nothing, and nothing scrolls sideways at 360 px', async ({ page }) => {
      await page.goto(`${prefix}/ages/`);
      expect(await overflowsHorizontally(page)).toBe(false);
      expect(await axeViolations(page)).toEqual([]);
    });

    test('is linked from the home page and the services list', async ({ page }) => {
      for (const from of [`${prefix}/`, `${prefix}/services/`]) {
        await page.goto(from);
        await expect(page.locator(`main a[href="${prefix}/ages/"]`)).toHaveCount(1);
      }
    });
  });
}

/** Tabs from the top of the page to the large-text button; fails if the keyboard never gets there. */
async function tabToToggle(page: Page): Promise<void> {
  for (let i = 0; i < 10; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.getByTestId('text-size-toggle').evaluate((button) => button === document.activeElement)) return;
  }
  throw new Error('the large-text button was not reached with the Tab key');
}

const rootFontSize = (page: Page) => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test.describe('large-text mode', () => {
  test('turns on by keyboard, survives a reload and a move to another page, and turns off', async ({ page }) => {
    await page.goto('/services/29/');
    const normal = await rootFontSize(page);
    const toggle = page.getByRole('button', { name: '大字' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await tabToToggle(page);
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await rootFontSize(page)).toBeGreaterThan(normal * 1.2);
    expect(await overflowsHorizontally(page)).toBe(false);

    await page.reload();
    await expect(page.locator('html')).toHaveClass(/\blarge-text\b/u);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await page.locator('.site-nav').getByRole('link', { name: '热线电话' }).click();
    await expect(page).toHaveURL(/\/hotlines\/$/u);
    await expect(page.locator('html')).toHaveClass(/\blarge-text\b/u);
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');

    await tabToToggle(page);
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await rootFontSize(page)).toBe(normal);
    await page.reload();
    await expect(page.locator('html')).not.toHaveClass(/\blarge-text\b/u);
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  });

  test('the English button has its visible label', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.getByRole('button', { name: 'Large text' })).toBeVisible();
  });

  test("builds on the phone's own text size instead of replacing it", async ({ page }) => {
    // As a phone set to large text does: a bigger default font size.
    const session = await page.context().newCDPSession(page);
    await session.send('Page.setFontSizes', { fontSizes: { standard: 24 } });
    await page.goto('/');
    const systemLarge = await rootFontSize(page);
    expect(systemLarge).toBe(24);
    await page.getByTestId('text-size-toggle').click();
    expect(await rootFontSize(page)).toBeGreaterThan(systemLarge * 1.2);
  });

  test('a page still works when the browser will not store anything', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new Error('storage blocked');
        },
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/');
    await page.getByTestId('text-size-toggle').click();
    await expect(page.getByTestId('text-size-toggle')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveClass(/\bjs\b.*\blarge-text\b/u);
    expect(errors).toEqual([]);
  });

  test.describe('when on', () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('text-size', 'large'));
    });

    // That no page of the sitemap scrolls sideways at 360 px in large text is a check of every page's one visit (pageChecks.ts).
    for (const path of ['/', '/en/ages/', '/ages/', '/services/29/', '/en/hotlines/', '/en/check/']) {
      test(`axe finds nothing on ${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByTestId('text-size-toggle')).toHaveAttribute('aria-pressed', 'true');
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the large-text button is not there, and the age chart and table are', async ({ page }) => {
    await page.goto('/en/ages/');
    await expect(page.getByTestId('text-size-toggle')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Large text' })).toHaveCount(0);
    await expect(page.getByTestId('age-bar')).toHaveCount(ageBound.length);
    await expect(page.getByTestId('age-table').locator('tbody tr')).toHaveCount(ageBound.length);
  });
});
