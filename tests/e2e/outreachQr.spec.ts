/**
 * QR codes, print handouts and the /print/ poster in a real browser: every code is read back with
 * a QR decoder (jsQR) from a screenshot, as another phone's camera would read it; printing is
 * checked by making the PDF and counting its pages.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import type { Hotline, Service } from '../../src/lib/content/schemas.ts';
import { readContent } from './site.ts';
import { axeViolations } from '../support/axe.ts';
import { expect, test, type Locator, type Page } from './test.ts';

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** What a phone reading this element off the screen would get. */
async function decodeQr(code: Locator): Promise<string | undefined> {
  const png = await code.screenshot();
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

/** Presses Tab until the page's QR disclosure has focus, as a keyboard user moves down a page. */
async function tabToPageQr(page: Page) {
  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('.page-qr summary'))) return;
  }
  throw new Error('Could not reach the QR disclosure by keyboard');
}

/** Pages in the PDF: Chromium writes one `/Type /Page` object a page (and one `/Type /Pages`). */
async function printedPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/gu) ?? []).length;
}

const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

/** The service with the most text in a language, by its content: the hardest to fit on one sheet. */
function longestService(side: 'zh' | 'en'): number {
  const length = (value: unknown): number =>
    typeof value === 'string'
      ? value.length
      : Array.isArray(value)
        ? value.reduce((sum: number, v) => sum + length(v), 0)
        : value && typeof value === 'object'
          ? length(Object.values(value))
          : 0;
  // The files as written: fields with a default may be absent.
  type ServiceFile = Pick<Service, 'number' | 'zh' | 'en'> & Partial<Pick<Service, 'notes' | 'hotlines'>>;
  const services = Array.from({ length: 42 }, (_, i) => readContent<ServiceFile>(`services/${i + 1}.json`));
  const size = (s: ServiceFile) => length(s[side]) + length((s.notes ?? []).map((note) => note[side])) + (s.hotlines ?? []).length * 30;
  return services.reduce((longest, s) => (size(s) > size(longest) ? s : longest)).number;
}

// Axe, PDFs and a keyboard walk down a whole page: too long for the default 30 s on a busy 2-core machine.
test.beforeEach(() => test.slow());

const contract = 'age=9&hukou=other&months=36&stage=primary&insurance=shanghai&needs=disability,dibao';

for (const path of ['/', '/en/', '/services/34/', '/en/services/3/', '/print/', '/en/print/']) {
  test(`${path}: the QR disclosure opens by keyboard and its code reads as the page's address`, async ({ page }) => {
    await page.goto(path);
    const disclosure = page.locator('.page-qr details');
    await expect(disclosure).not.toHaveAttribute('open');
    await tabToPageQr(page);
    await page.keyboard.press('Enter');
    await expect(disclosure).toHaveAttribute('open', '');

    const code = disclosure.getByRole('img');
    await expect(code).toBeVisible();
    const address = await canonical(page);
    expect(address).toBeTruthy();
    await expect(code).toHaveAccessibleName(new RegExp(address!.replace(/[.?]/gu, '\\$&'), 'u'));
    await expect(disclosure.locator('.qr-url')).toHaveText(address!);
    expect(await decodeQr(code)).toBe(address);

    // Large enough to scan from another phone: 60–80% of the 360 px screen.
    const box = (await code.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(0.6 * 360);
    expect(box.width).toBeLessThanOrEqual(0.8 * 360);
    await expectNoAxeViolations(page);
  });
}

test('the 404 page, which has no address of its own, offers the home page and says so', async ({ page }) => {
  await page.goto('/no-such-page/');
  await page.locator('.page-qr summary').click();
  await expect(page.locator('.page-qr summary')).toHaveText('显示本站首页二维码');
  const home = await page.evaluate(() => document.querySelector('meta[property="og:url"]')!.getAttribute('content'));
  expect(new URL(home!).pathname).toBe('/');
  expect(await decodeQr(page.locator('.page-qr').getByRole('img'))).toBe(home);
  await expectNoAxeViolations(page);
});

for (const lang of ['zh', 'en'] as const) {
  const prefix = lang === 'en' ? '/en' : '';
  const label = (zh: string, en: string) => (lang === 'en' ? en : zh);

  test(`${lang}: the results' QR code warns first, loads its code only then, and reads as the results' address`, async ({ page }) => {
    const qrChunk: string[] = [];
    page.on('request', (request) => {
      if (/qrSvg[^/]*\.js/u.test(request.url())) qrChunk.push(request.url());
    });
    await page.goto(`${prefix}/check/`);
    await page.getByLabel(label('年龄（岁）', 'Age (years)'), { exact: true }).fill('9');
    const next = () => page.getByRole('button', { name: label('继续', 'Continue') }).click();
    await next();
    await page.getByLabel(label('外省市户籍（户口在外地）', 'Another province (hukou outside Shanghai)'), { exact: true }).check();
    await next();
    await page.getByLabel(label('月数', 'Months'), { exact: true }).fill('36');
    await next();
    await page.getByLabel(label('小学', 'Primary school'), { exact: true }).check();
    await next();
    await page.getByLabel(label('不确定', 'Not sure'), { exact: true }).check();
    await next();
    await page.getByLabel(label('孩子有残疾', 'Disability'), { exact: true }).check();
    await next();
    await expect(page.getByTestId('check-results')).toBeVisible();
    await expect.poll(() => new URL(page.url()).hash).toContain('needs=disability');

    // Under the results, in the fold that holds sending them on.
    await page.locator('.send-fold > summary').click();
    const open = page.getByRole('button', { name: label('用另一部手机打开结果（二维码）', 'Open the results on another phone (QR code)') });
    await open.click();
    // The warning comes first, with focus on it, and nothing has been fetched yet.
    const warning = page.locator('.results-qr__warning p[tabindex]');
    await expect(warning).toBeFocused();
    await expect(warning).toContainText(label('谁扫了这个码，谁就能看到这些答案', 'Anyone who scans it can see these answers'));
    await expectNoAxeViolations(page);
    expect(qrChunk).toEqual([]);

    await page.getByRole('button', { name: label('我明白，显示二维码', 'I understand, show the QR code') }).click();
    const code = page.locator('.results-qr').getByRole('img');
    await expect(code).toBeVisible();
    expect(qrChunk).toHaveLength(1);
    // The results' address on the public site (the canonical URL) with the answers: what "copy
    // link" gives too.
    const { hash } = new URL(page.url());
    expect(hash).toContain('needs=disability');
    expect(await decodeQr(code)).toBe(new URL(hash, (await canonical(page))!).href);
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: label('收起二维码', 'Hide the QR code') }).click();
    await expect(code).toHaveCount(0);
    await expect(open).toBeFocused();
  });

  test(`${lang}: cancelling the warning shows no code and fetches nothing`, async ({ page }) => {
    const qrChunk: string[] = [];
    page.on('request', (request) => {
      if (/qrSvg[^/]*\.js/u.test(request.url())) qrChunk.push(request.url());
    });
    await page.goto(`${prefix}/check/#${contract}`);
    await page.locator('.send-fold > summary').click();
    await page.getByRole('button', { name: label('用另一部手机打开结果（二维码）', 'Open the results on another phone (QR code)') }).click();
    await page.getByRole('button', { name: label('不用了', 'Cancel') }).click();
    await expect(page.locator('.results-qr').getByRole('img')).toHaveCount(0);
    expect(qrChunk).toEqual([]);
  });

  const longest = longestService(lang);

  test(`${lang}: the longest service page (${longest}) prints as a one-page handout with its QR code`, async ({ page }) => {
    await page.goto(`${prefix}/services/${longest}/`);
    const address = await canonical(page);
    // The printing date is filled in only when the browser is about to print (making the PDF is
    // printing too), so a sheet shows the day it was printed.
    await expect(page.locator('[data-print-date]')).toBeHidden();
    expect(await printedPages(page)).toBe(1);
    await expect(page.locator('[data-print-date]')).toBeVisible();
    await expect(page.locator('[data-print-date-value]')).toHaveText(/^\d{4}-\d{2}-\d{2}$/u);

    // In print: no navigation, search or buttons; the code back to the page shows although the
    // disclosure is closed (by the print styles alone: closed here, whatever the script did for the
    // sheet), with the address and the information date.
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.pager')).toBeHidden();
    await expect(page.locator('.call-button').first()).toBeHidden();
    await expect(page.locator('.page-qr summary')).toBeHidden();
    await page.locator('.page-qr details').evaluate((details: HTMLDetailsElement) => (details.open = false));
    await expect(page.locator('.page-qr details')).not.toHaveAttribute('open');
    const code = page.locator('.page-qr').getByRole('img');
    await expect(code).toBeVisible();
    expect(await decodeQr(code)).toBe(address);
    await expect(page.locator('.page-qr__dates')).toBeVisible();
    await expect(page.locator('.page-qr__dates')).toContainText(address!);
    await expect(page.locator('.page-qr__dates')).toContainText(/\d{4}-\d{2}-\d{2}/u);
    await expect(page.locator('.summary')).toBeVisible();
    await expect(page.locator('.facts').first()).toBeVisible();
    await expect(page.locator('#hotlines-title')).toBeVisible();
  });

  test(`${lang}: large-text mode, on for the screen, leaves the printed handout at its one page`, async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('text-size', 'large'));
    await page.goto(`${prefix}/services/${longest}/`);
    await expect(page.locator('html')).toHaveClass(/\blarge-text\b/u);
    expect(await printedPages(page)).toBe(1);
  });

  // With each result's next step and the family checklist, Chinese keeps to one sheet; English
  // runs longer and puts the checklist, whole, on a second.
  test(`${lang}: typical questionnaire results print on ${lang === 'zh' ? 'one page' : 'two pages'}, the family checklist never split`, async ({ page }) => {
    await page.goto(`${prefix}/check/#${contract}`);
    await expect(page.getByTestId('check-results')).toBeVisible();
    expect(await printedPages(page)).toBe(lang === 'zh' ? 1 : 2);
    const checklist = page.getByTestId('family-checklist');
    await expect(checklist).toBeVisible();
    expect(await checklist.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
    // An A4 sheet, less its 8 mm margins, at 96 px an inch.
    expect((await checklist.boundingBox())!.height).toBeLessThan(((297 - 16) / 25.4) * 96);
    await expect(page.locator('.check-actions')).toBeHidden();
    await expect(page.locator('[data-service]').first()).toBeVisible();
    await expect(page.locator('.page-qr').getByRole('img')).toBeVisible();
  });

  test(`${lang}: the poster shows the site's QR code and the hotlines, and prints on one page`, async ({ page }) => {
    await page.goto(`${prefix}/print/`);
    const home = new URL(`${prefix}/`, (await canonical(page))!).href;
    const poster = page.locator('.poster');
    expect(await decodeQr(poster.getByRole('img'))).toBe(home);
    await expect(poster).toContainText(home);

    // Every numbered line, the plan's under their own heading and the public ones (110, 120,
    // 12345) under a label saying the plan does not name them.
    const hotlines = readContent<Hotline[]>('hotlines.json')
      .filter((hotline) => hotline.number)
      .sort((a, b) => a.order - b.order);
    for (const [kind, heading] of [
      ['plan', label('方案中写明的热线', 'Hotlines named in the plan')],
      ['public', label('方案中没有写', 'not named in the plan')],
    ] as const) {
      const list = poster.getByRole('list', { name: heading });
      await expect(list.locator('.poster__number')).toHaveText(hotlines.filter((h) => h.kind === kind).map((h) => h.number!));
    }
    await expect(poster.locator('.poster__number')).toHaveCount(hotlines.length);
    // Each Shanghai line with its 021 form, and the site's tip saying why, labelled as its own.
    for (const hotline of hotlines) {
      await expect(poster.locator(`a[href="tel:021${hotline.number!}"]`)).toHaveCount(hotline.offerShanghaiAreaCode ? 1 : 0);
    }
    await expect(poster).toContainText(label('本站提示：用外地手机号拨短号', 'Tip from this site: A phone registered outside Shanghai'));

    const printButton = page.getByRole('button', { name: label('打印海报', 'Print the poster') });
    await expect(printButton).toBeVisible();
    await expectNoAxeViolations(page);

    expect(await printedPages(page)).toBe(1);
    await expect(printButton).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(poster.getByRole('img')).toBeVisible();
    expect(await decodeQr(poster.getByRole('img'))).toBe(home);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the QR disclosure works and the poster offers no print button that could do nothing', async ({ page }) => {
    await page.goto('/en/print/');
    await expect(page.getByRole('button', { name: 'Print the poster' })).toBeHidden();
    await page.locator('.page-qr summary').click();
    expect(await decodeQr(page.locator('.page-qr').getByRole('img'))).toBe(await canonical(page));
  });
});
