/**
 * "报告错误 / Report a mistake" on service pages (both languages) and under the questionnaire's
 * results: with JavaScript off the fold still opens and says what to write and that 12345 answers
 * for the plan; with it on, what the person writes becomes the message, their answers only once
 * they tick "include my answers", and nothing is sent. The contact shows only when the operators
 * set one: this build has none; a second build with REPORT_EMAIL and REPORT_PHONE shows both, and
 * a malformed value stops the build, naming the variable.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { axeViolations } from '../support/axe.ts';
import { serveDist, type DistServer } from '../support/serveDist.ts';
import { overflowsHorizontally, watchPage } from './site.ts';
import { expect, test, type Locator, type Page } from './test.ts';

const results = '/check/#age=9&hukou=other&months=36&stage=primary&insurance=shanghai&needs=disability,dibao';
const answersFragment = results.slice(results.indexOf('#'));

/** The site's public address as the build wrote it (SITE_URL), from the page's canonical link. */
async function canonical(page: Page): Promise<string> {
  return (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
}

/** Opens a fold by keyboard, as someone without a pointer would. */
async function openByKeyboard(fold: Locator) {
  await fold.locator('summary').focus();
  await fold.page().keyboard.press('Enter');
  await expect(fold).toHaveAttribute('open', '');
}

/** A clipboard that records what is written, in place before the page's scripts run. */
async function recordClipboard(page: Page) {
  await page.addInitScript(() => {
    const copied: string[] = [];
    Object.assign(window, { copied });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
      configurable: true,
    });
  });
}
const copied = (page: Page) => page.evaluate(() => (window as unknown as { copied: string[] }).copied);

for (const { prefix, lang, summary, seen, official, number } of [
  { prefix: '', lang: 'zh', summary: '报告错误', seen: '您看到了什么错', official: '方案的正式内容，可以问上海市民服务热线', number: '服务编号：34' },
  {
    prefix: '/en',
    lang: 'en',
    summary: 'Report a mistake',
    seen: 'What you saw that is wrong',
    official: 'ask the Shanghai citizen service hotline',
    number: 'The service number: 34',
  },
] as const) {
  test.describe(`a service page (${lang})`, () => {
    test('offers the fold: what to write, 12345 for the plan, and no contact when none is set', async ({ page }) => {
      await page.goto(`${prefix}/services/34/`);
      const fold = page.locator('details.report');
      await expect(fold.locator('summary')).toHaveText(summary);
      await openByKeyboard(fold);
      await expect(fold.getByText(await canonical(page))).toBeVisible();
      await expect(fold).toContainText(number);
      await expect(fold).toContainText(seen);
      await expect(fold).toContainText(official);
      await expect(fold.locator('a[href="tel:12345"]')).toBeVisible();
      await expect(fold.locator('a[href="tel:02112345"]')).toBeVisible();
      // This build sets neither REPORT_EMAIL nor REPORT_PHONE.
      await expect(fold.locator('a[href^="mailto:"]')).toHaveCount(0);
      await expect(fold.locator('a[href^="tel:"]')).toHaveCount(2);
      await expect(fold).not.toContainText(lang === 'zh' ? '本站：' : 'this site:');
    });

    test('makes the message from what the person writes, and copies it, sending nothing', async ({ page, baseURL }) => {
      await recordClipboard(page);
      const watch = watchPage(page, new URL(baseURL!).origin);
      await page.goto(`${prefix}/services/34/`);
      const address = await canonical(page);
      const fold = page.locator('details.report');
      await fold.locator('summary').click();
      const box = fold.getByRole('textbox', { name: seen });
      await expect(box).toBeVisible();
      // Markup typed by the person stays text: it is never put into the page.
      await box.fill('<img src=x onerror=alert(1)> 12345 <b>wrong</b>');
      const message = fold.locator('textarea[readonly]');
      await expect(message).toHaveValue(/<img src=x onerror=alert\(1\)> 12345 <b>wrong<\/b>$/u);
      const lines = (await message.inputValue()).split('\n');
      expect(lines).toHaveLength(4);
      expect(lines[1]).toContain(address);
      expect(lines[2]).toBe(number);
      await expect(fold.locator('img, b')).toHaveCount(0);
      watch.clear();
      await fold.getByRole('button').click();
      await expect(fold.locator('[aria-live]')).not.toBeEmpty();
      expect(await copied(page)).toEqual([await message.inputValue()]);
      expect(watch.requests.filter((request) => request.includes('wrong') || request.includes('onerror'))).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });
  });
}

test('the fold, open and written in, has no barrier axe can find and fits 360 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/services/34/');
  const fold = page.locator('details.report');
  await fold.locator('summary').click();
  await fold.getByRole('textbox', { name: '您看到了什么错' }).fill('热线号码写错了。'.repeat(20));
  expect(await overflowsHorizontally(page)).toBe(false);
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const prefix of ['', '/en']) {
    test(`the fold on ${prefix}/services/34/ opens by keyboard and says what to write, with no box that would do nothing`, async ({ page }) => {
      await page.goto(`${prefix}/services/34/`);
      const fold = page.locator('details.report');
      await openByKeyboard(fold);
      await expect(fold.locator('li')).toHaveCount(3);
      await expect(fold.locator('li').first()).toContainText(await canonical(page));
      await expect(fold.locator('li').nth(1)).toContainText('34');
      await expect(fold.locator('a[href="tel:12345"]')).toBeVisible();
      await expect(fold.locator('textarea, button')).toHaveCount(0);
    });
  }
});

test.describe('the results', () => {
  test('put the answers in the message only once “include my answers” is ticked', async ({ page }) => {
    test.setTimeout(120_000);
    await recordClipboard(page);
    await page.goto(results);
    await expect(page.getByTestId('check-results')).toBeVisible();
    const address = await canonical(page);
    const fold = page.locator('details.report');
    await expect(fold.locator('summary')).toHaveText('报告错误');
    await openByKeyboard(fold);
    const box = fold.getByRole('textbox', { name: '您看到了什么错' });
    await box.fill('第12项的部门写错了');
    const tick = fold.getByRole('checkbox', { name: '附上我的答案' });
    await expect(tick).not.toBeChecked();
    const message = fold.getByRole('textbox', { name: '要复制的文字' });
    await expect(message).toHaveValue(`报告错误：我的孩子能得到什么？\n这一页的网址：${address}\n您看到了什么错：第12项的部门写错了`);
    await expect(message).not.toHaveValue(/age=/u);

    await tick.check();
    await expect(message).toHaveValue(/\n您看到了什么错：第12项的部门写错了\n我的答案（打开这个链接能看到同样的结果）：\S+$/u);
    expect((await message.inputValue()).split('：').at(-1)).toBe(`${address}${answersFragment}`);
    await fold.getByRole('button', { name: '复制要发的文字' }).click();
    await expect(fold.getByText('已复制')).toBeVisible();
    expect((await copied(page))[0]).toContain(`${address}${answersFragment}`);

    await tick.uncheck();
    await expect(message).not.toHaveValue(/age=/u);
    // No contact in this build; 12345 as on every page.
    await expect(fold.locator('a[href^="mailto:"]')).toHaveCount(0);
    await expect(fold.locator('a[href="tel:12345"]')).toBeVisible();

    await tick.check();
    expect(await overflowsHorizontally(page)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('offer the fold in English too', async ({ page }) => {
    await page.goto(`/en${results}`);
    const fold = page.locator('details.report');
    await fold.locator('summary').click();
    await expect(fold.getByRole('checkbox', { name: 'Include my answers' })).not.toBeChecked();
    await fold.getByRole('textbox', { name: 'What you saw that is wrong' }).fill('Service 12 names the wrong office.');
    await expect(fold.getByRole('textbox', { name: 'Text to copy' })).toHaveValue(
      /^Mistake report: What can my child get\?\n.*\nWhat you saw that is wrong: Service 12 names the wrong office\.$/u,
    );
  });
});

test.describe('with a contact set at build time', () => {
  test.describe.configure({ mode: 'serial' });

  const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
  const run = promisify(execFile);
  let scratch: string;
  let server: DistServer;

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    scratch = mkdtempSync(join(tmpdir(), 'report-'));
    const env = { ...process.env, REPORT_EMAIL: 'mistakes@example.org', REPORT_PHONE: '021 6321 2345', ASTRO_TELEMETRY_DISABLED: '1' };
    // Run without blocking the worker, so that Playwright's own timers and messages keep going through the build.
    await run('npx', ['astro', 'build', '--outDir', join(scratch, 'dist/')], { cwd: projectRoot, env, maxBuffer: 64 * 1024 * 1024 });
    server = await serveDist(join(scratch, 'dist/'));
  });

  test.afterAll(async () => {
    await server?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  test('a service page shows the address and the number, with the message written for the mail app', async ({ page }) => {
    await page.goto(`${server.origin}/services/34/`);
    const address = await canonical(page);
    const fold = page.locator('details.report');
    await fold.locator('summary').click();
    await expect(fold.getByRole('link', { name: 'mistakes@example.org' })).toBeVisible();
    await expect(fold.getByRole('link', { name: '021-63212345' })).toHaveAttribute('href', 'tel:02163212345');
    const mailBefore = new URL((await fold.getByRole('link', { name: 'mistakes@example.org' }).getAttribute('href'))!);
    expect(mailBefore.pathname).toBe('mistakes@example.org');
    expect(mailBefore.searchParams.get('subject')).toBe('报告错误：第34项 心理健康服务');
    expect(mailBefore.searchParams.get('body')).toBe(`报告错误：第34项 心理健康服务\r\n这一页的网址：${address}\r\n服务编号：34\r\n您看到了什么错：`);

    await fold.getByRole('textbox', { name: '您看到了什么错' }).fill('电话打不通');
    const send = fold.getByRole('link', { name: '用自己的邮箱发送' });
    const mail = new URL((await send.getAttribute('href'))!);
    expect(mail.searchParams.get('body')).toBe(`报告错误：第34项 心理健康服务\r\n这一页的网址：${address}\r\n服务编号：34\r\n您看到了什么错：电话打不通`);
  });

  test('works without JavaScript: the contact, with the e-mail already written', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/services/34/`);
    const fold = page.locator('details.report');
    await openByKeyboard(fold);
    const mail = new URL((await fold.getByRole('link', { name: 'mistakes@example.org' }).getAttribute('href'))!);
    expect(mail.searchParams.get('body')).toContain('The service number: 34');
    await expect(fold.getByRole('link', { name: '021-63212345' })).toBeVisible();
    await context.close();
  });

  test('the results send the answers by e-mail only once ticked', async ({ page }) => {
    await page.goto(`${server.origin}${results}`);
    const fold = page.locator('details.report');
    await fold.locator('summary').click();
    await expect(fold.getByRole('link', { name: 'mistakes@example.org' })).toHaveAttribute('href', 'mailto:mistakes@example.org');
    const send = fold.getByRole('link', { name: '用自己的邮箱发送' });
    await expect(send).toBeVisible();
    expect(new URL((await send.getAttribute('href'))!).searchParams.get('body')).not.toContain('age=');
    await fold.getByRole('checkbox', { name: '附上我的答案' }).check();
    await expect.poll(async () => new URL((await send.getAttribute('href'))!).searchParams.get('body')).toContain('age=9&hukou=other');
  });

  test('a malformed value stops the build, naming the variable', async () => {
    const env = { ...process.env, REPORT_EMAIL: 'mistakes at example.org', ASTRO_TELEMETRY_DISABLED: '1' };
    const failure = await run('npx', ['astro', 'build', '--outDir', join(scratch, 'refused/')], { cwd: projectRoot, env }).then(
      () => undefined,
      (error: { stdout: string; stderr: string }) => `${error.stdout}${error.stderr}`,
    );
    expect(failure).toContain('REPORT_EMAIL is "mistakes at example.org", which is not one e-mail address');
  });
});
