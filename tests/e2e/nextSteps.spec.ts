/**
 * From "what" to "how", as a family meets it: a mother whose 4-year-old is not in kindergarten goes
 * from the home page's first tap to her checklist on a 360 px phone with no network, in both
 * languages, and the results say where to go, what to bring and whom to ask, each service short.
 * Service pages give their next steps without JavaScript, each fact with its source.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { axeViolations } from '../support/axe.ts';
import { serveDist, type DistServer } from '../support/serveDist.ts';
import { builtSite } from '../support/sitemap.ts';
import { cutTheNetwork, visitUntilSaved } from './offlineHelpers.ts';
import { overflowsHorizontally } from './site.ts';
import { expect, test, type Locator } from './test.ts';

/** The mother's answers: 4 years old, hukou elsewhere, a year in Shanghai, not in school, insurance not sure, a parent looking for work. */
const mothersAnswers = 'age=4&hukou=other&months=12&stage=none&insurance=unknown&needs=job';
/** The results page's height for her at 360 × 740 before next steps: 13,368 px in Chinese, 19,918 px in English. */
const heightBefore = { zh: 13_368, en: 19_918 };

async function decodeQr(code: Locator): Promise<string | undefined> {
  const png = await code.screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** Where an element starts, from the top of the page, in CSS pixels. */
const topOf = (locator: Locator) => locator.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

for (const lang of ['zh', 'en'] as const) {
  const prefix = lang === 'en' ? '/en' : '';
  const label = (zh: string, en: string) => (lang === 'en' ? en : zh);

  test.describe(`${lang}: the mother's journey`, () => {
    test.use({ serviceWorkers: 'allow', viewport: { width: 360, height: 740 } });
    let server: DistServer;
    test.beforeEach(async () => {
      server = await serveDist(builtSite);
    });
    test.afterEach(async () => {
      await server.close();
    });

    test(`${lang}: from the first tap to her checklist, offline, at 360 px, axe clean`, async ({ page, context }) => {
      test.slow();
      // What the family sends on is read where the browser would hand it to WeChat.
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => ((window as { copied?: string }).copied = text) } });
      });
      await visitUntilSaved(page, server.origin, `${prefix}/`);
      await cutTheNetwork(server, context);

      await page.goto(`${server.origin}${prefix}/`);
      await page.getByRole('link', { name: label('开始查一查', 'Start the check') }).click();
      const next = () => page.getByRole('button', { name: label('继续', 'Continue') }).click();
      await page.locator('.input-number').fill('4');
      await next();
      await page.getByLabel(label('外省市户籍（户口在外地）', 'Another province (hukou outside Shanghai)'), { exact: true }).check();
      await next();
      await page.locator('.input-number').fill('12');
      await next();
      await page.getByLabel(label('没有上学，也没有入托', 'Not in school or nursery'), { exact: true }).check();
      await next();
      await page.getByLabel(label('不确定', 'Not sure'), { exact: true }).check();
      await next();
      await page
        .getByLabel(
          label('父母或监护人在找工作（包括刚失业）或想创业', 'A parent or guardian looking for work (including just lost a job) or starting a business'),
          { exact: true },
        )
        .check();
      await next();

      const results = page.getByTestId('check-results');
      await expect(results).toBeVisible();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#${mothersAnswers}`);

      // The first result is on the first screen below the results heading, and the whole page is
      // at most half as long as before (every fold closed, as it opens). In Chinese that is within
      // half of the 13,368 px the issue measured; English, longer, keeps within half of its own.
      const heading = page.getByRole('heading', { level: 2, name: label('结果', 'Results') });
      const firstResult = results.locator('[data-service]').first();
      expect((await topOf(firstResult)) - (await topOf(heading))).toBeLessThanOrEqual(740);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(heightBefore[lang] / 2);

      // Each result says where to go or whom to ask; the departments and hotlines are one tap away.
      const vaccination = results.locator('[data-service="3"]');
      await expect(vaccination.locator('summary')).toHaveText(label('去哪里：社区卫生服务中心', 'Where: Community health service centre'));
      await expect(vaccination.locator('.result__more .small')).toBeHidden();
      await vaccination.locator('summary').click();
      await expect(vaccination.locator('.result__more .small')).toContainText(
        label('市疾控局', 'Shanghai Municipal Center for Disease Control and Prevention'),
      );
      await expect(vaccination.getByRole('link', { name: label('怎样办理（每一条都有出处）', 'How to get it, with every source') })).toHaveAttribute(
        'href',
        `${prefix}/services/3/#next-steps-title`,
      );
      await vaccination.locator('summary').click();
      await expect(results.locator('[data-service="1"] summary')).toHaveText(
        label('问：市卫生健康委，或拨打12345', 'Ask: Shanghai Municipal Health Commission, or call 12345'),
      );

      // One checklist, outside the results: each place once with its services, each document once.
      const checklist = page.getByTestId('family-checklist');
      await expect(checklist).toBeVisible();
      expect(await checklist.evaluate((element) => element.closest('[data-testid="check-results"]'))).toBeNull();
      const healthCentre = checklist.locator('li', { hasText: label('社区卫生服务中心', 'Community health service centre') });
      await expect(healthCentre).toHaveCount(1);
      await expect(healthCentre).toContainText(label('用于第2、3、20项', 'For services 2, 3, 20'));
      await expect(healthCentre).toContainText(label('第2、20项要带什么，到那里先问清楚', 'Ask there what to bring for services 2, 20'));
      await expect(checklist.locator('li', { hasText: label('孩子的疫苗接种本', "Your child's vaccination booklet") })).toHaveCount(1);
      await expect(checklist).toContainText(label('没有写明要去哪里的', 'No place to go named'));
      await expect(page.locator('.results__hotlines')).toHaveCount(1);
      expect(await axeViolations(page)).toEqual([]);
      // Every fold open, in large text too, nothing scrolls sideways.
      await page.locator('details').evaluateAll((list) => list.forEach((details) => ((details as HTMLDetailsElement).open = true)));
      expect(await overflowsHorizontally(page), 'wider than 360 px with every fold open').toBe(false);
      expect(await axeViolations(page)).toEqual([]);
      await page.evaluate(() => document.documentElement.classList.add('large-text'));
      expect(await overflowsHorizontally(page), 'wider than 360 px in large text').toBe(false);
      await page.evaluate(() => document.documentElement.classList.remove('large-text'));

      // Sent on as text, the checklist carries the places and documents and none of the answers.
      await checklist.getByRole('button', { name: label('复制清单文字', 'Copy the checklist as text') }).click();
      await expect(checklist.locator('.share__status')).toHaveText(label('清单已复制，可以粘贴到微信或短信里。', 'Copied: paste it into WeChat or a message.'));
      const sent = await page.evaluate(() => (window as { copied?: string }).copied ?? '');
      expect(sent).toContain(label('孩子的疫苗接种本', "Your child's vaccination booklet"));
      expect(sent).toContain(label('免疫接种（第3项）', 'Immunisation (service 3)'));
      expect(sent).toMatch(/\/check\/$/u);
      expect(sent).not.toMatch(/#|age=|hukou=|months=|stage=|insurance=|needs=/u);
    });
  });

  test(`${lang}: the print button warns first, then prints a code that opens these same results, gone after printing`, async ({ page }) => {
    await page.addInitScript(() => {
      window.print = () => {
        (window as { printed?: number }).printed = ((window as { printed?: number }).printed ?? 0) + 1;
      };
    });
    await page.goto(`${prefix}/check/#${mothersAnswers}`);
    await expect(page.getByTestId('check-results')).toBeVisible();
    // The answers leave the address bar, as issue 18 asks of the questionnaire: the code is made
    // from the answers in memory, never read back from the address.
    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await page.getByRole('button', { name: label('打印结果和清单', 'Print the results and checklist') }).click();
    await expect(page.locator('.print-results__warning p[tabindex]')).toBeFocused();
    await expect(page.locator('.print-results__warning')).toContainText(label('谁扫了这个码，谁就能看到这些答案', 'Anyone who scans it can see these answers'));
    expect(await page.evaluate(() => (window as { printed?: number }).printed ?? 0)).toBe(0);
    await page.getByRole('button', { name: label('我明白，打印', 'I understand, print') }).click();
    await expect.poll(() => page.evaluate(() => (window as { printed?: number }).printed ?? 0)).toBe(1);

    await page.emulateMedia({ media: 'print' });
    const code = page.locator('.results-print-qr').getByRole('img');
    await expect(code).toBeVisible();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await decodeQr(code)).toBe(new URL(`#${mothersAnswers}`, canonical!).href);
    // The sheet carries the checklist and each result's next step, and not the page's own code.
    await expect(page.getByTestId('family-checklist')).toBeVisible();
    await expect(page.locator('[data-service="2"] summary')).toBeVisible();
    await expect(page.locator('.page-qr__details')).toBeHidden();

    // Printed later from the browser's menu, the sheet has no code with the answers.
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await expect(page.locator('.results-print-qr')).toHaveCount(0);
    await expect(page.locator('.page-qr__details')).toBeVisible();
  });
}

test.describe('service pages without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('say where to go and what to bring for vaccination, with the page each fact rests on', async ({ page }) => {
    await page.goto('/services/3/');
    const steps = page.getByTestId('next-steps');
    await expect(steps.getByRole('heading', { name: '去哪里' })).toBeVisible();
    await expect(steps).toContainText('住处附近的卫生服务中心，或指定的医院、诊所');
    await expect(steps).toContainText('孩子的疫苗接种本');
    await expect(steps.locator('.fact__translated').first()).toHaveText('（译自英文页面）');
    // A source opens without a script: the words, the page, its date and the day it was read.
    const source = steps.locator('.fact-sources').first();
    await source.locator('summary').click();
    await expect(source.locator('q').first()).toBeVisible();
    await expect(source.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\/(english\.shanghai|www\.shanghai)\.gov\.cn\//u);
    await expect(source).toContainText('本站读取于 2026-12-07');
    await expect(source).toContainText('这一页是写给在上海的外籍儿童家庭的');
    await expect(steps.getByRole('link', { name: '拨打 12345' })).toHaveAttribute('href', 'tel:12345');
    await expect(steps).toContainText('本站最后核对于');
  });

  test('say plainly what no source says, and whom to ask instead', async ({ page }) => {
    await page.goto('/en/services/7/');
    const steps = page.getByTestId('next-steps');
    await expect(steps).toContainText('No official page the site has read says where to go.');
    await expect(steps).toContainText(
      'The conditions and dates are set by a notice of the Shanghai Municipal Education Commission. The site could not read that notice',
    );
    await expect(steps.getByRole('link', { name: 'Shanghai Municipal Education Commission' })).toHaveAttribute('href', '/en/departments/education/');
    await expect(steps.getByRole('link', { name: 'Call 021-12345' })).toHaveAttribute('href', 'tel:02112345');
  });

  test('lead from a place to look for to the streets and towns, where the map searches are', async ({ page }) => {
    await page.goto('/services/41/');
    const link = page.getByTestId('next-steps').getByRole('link', { name: '在地图上找您所在街道、镇的社区就业服务站' });
    await expect(link).toHaveAttribute('href', '/places/');
  });
});
