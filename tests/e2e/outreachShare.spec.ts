/**
 * Passing a service on: short links (`/s/34/`) that land on the service in both languages, with
 * JavaScript on and off; copying and sharing a service page and the questionnaire's results, with a
 * mocked clipboard and share sheet, including the fallbacks; and "Listen", shown only where a voice
 * speaks the page's language. axe on every new page and state.
 */
import type { Service } from '../../src/lib/content/schemas.ts';
import { serveDist } from '../support/serveDist.ts';
import { builtSite, sitemapPaths } from '../support/sitemap.ts';
import { readContent } from './site.ts';
import { axeViolations } from '../support/axe.ts';
import { expect, test, type Page } from './test.ts';

const service34 = readContent<Service>('services/34.json');
const zhFirstSentence = '有需要的流动儿童，可以得到监测评估、心理辅导、情绪疏导、改善亲子关系等心理健康服务。';
const enFirstSentence =
  'Migrant children who need it can get mental health services such as monitoring and assessment, psychological counselling, emotional support and help improving parent–child relationships.';
const results = '/check/#age=9&hukou=other&months=36&stage=primary&insurance=shanghai&needs=disability,dibao';

async function expectNoAxeViolations(page: Page) {
  // axe over a whole page takes long on a slow, shared machine.
  test.setTimeout(120_000);
  expect(await axeViolations(page)).toEqual([]);
}

/** The site's public address as the build wrote it (SITE_URL), read from the page's canonical link. */
async function publicOrigin(page: Page): Promise<string> {
  return new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
}

type Copied = { via: 'clipboard' | 'execCommand'; text: string };

/**
 * Replaces the clipboard before the page's scripts run: `ok` records what is written, `reject`
 * refuses (WeChat, plain http), `missing` has no Clipboard API. execCommand('copy') records the
 * focused field's text when `execWorks`, and fails otherwise.
 */
async function mockClipboard(page: Page, mode: 'ok' | 'reject' | 'missing', execWorks = true) {
  await page.addInitScript(
    ({ mode, execWorks }) => {
      const copied: Copied[] = [];
      Object.assign(window, { copied });
      const clipboard = {
        writeText: (text: string) => {
          if (mode === 'reject') return Promise.reject(new DOMException('Refused', 'NotAllowedError'));
          copied.push({ via: 'clipboard', text });
          return Promise.resolve();
        },
      };
      Object.defineProperty(navigator, 'clipboard', { value: mode === 'missing' ? undefined : clipboard, configurable: true });
      Document.prototype.execCommand = function execCommand(command: string) {
        if (command !== 'copy' || !execWorks) return false;
        const field = document.activeElement as HTMLTextAreaElement | null;
        copied.push({ via: 'execCommand', text: field?.value.slice(field.selectionStart, field.selectionEnd) ?? '' });
        return true;
      };
    },
    { mode, execWorks },
  );
}

/** A share sheet that records what it is given, or none at all. */
async function mockShare(page: Page, present: boolean) {
  await page.addInitScript((present) => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    if (present) {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          shared.push(data);
          return Promise.resolve();
        },
        configurable: true,
      });
    } else {
      delete (Navigator.prototype as { share?: unknown }).share;
      delete (navigator as { share?: unknown }).share;
    }
  }, present);
}

/**
 * The browser's speech, replaced: `voices` are the voices the page gets (after `voicesArrive()`
 * when `late`), `speak` records each utterance; `absent` removes speechSynthesis altogether.
 */
async function mockSpeech(page: Page, options: { voices: string[]; late?: boolean } | 'absent') {
  await page.addInitScript((options) => {
    if (options === 'absent') {
      delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
      Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
      return;
    }
    const all = options.voices.map((lang) => ({ lang, name: `voice ${lang}`, localService: true, default: false, voiceURI: lang }));
    let voices = options.late ? [] : all;
    const listeners = new Set<() => void>();
    class FakeUtterance {
      text: string;
      lang = '';
      voice: { lang: string } | null = null;
      handlers: Record<string, Array<() => void>> = {};
      constructor(text: string) {
        this.text = text;
      }
      addEventListener(type: string, handler: () => void) {
        (this.handlers[type] ??= []).push(handler);
      }
    }
    const spoken: FakeUtterance[] = [];
    const speech = {
      cancels: 0,
      getVoices: () => voices,
      speak: (utterance: FakeUtterance) => spoken.push(utterance),
      cancel() {
        this.cancels += 1;
      },
      addEventListener: (type: string, listener: () => void) => type === 'voiceschanged' && listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    };
    Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
    Object.assign(window, {
      SpeechSynthesisUtterance: FakeUtterance,
      spoken,
      voicesArrive: () => {
        voices = all;
        for (const listener of listeners) listener();
      },
      finishSpeaking: () => spoken.at(-1)?.handlers.end?.forEach((handler) => handler()),
    });
  }, options);
}

const spoken = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { spoken: { text: string; lang: string; voice: { lang: string } | null }[] }).spoken.map((u) => ({
      text: u.text,
      lang: u.lang,
      voice: u.voice?.lang,
    })),
  );
const copied = (page: Page) => page.evaluate(() => (window as unknown as { copied: Copied[] }).copied);
const shared = (page: Page) => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);

test.describe('short links', () => {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });
      for (const [prefix, service, name] of [
        ['', 34, service34.zh.name],
        ['/en', 34, service34.en.name],
        ['', 1, readContent<Service>('services/1.json').zh.name],
        ['/en', 42, readContent<Service>('services/42.json').en.name],
      ] as const) {
        test(`${prefix}/s/${service}/ lands on the service page`, async ({ page }) => {
          await page.goto(`${prefix}/s/${service}/`);
          await expect(page).toHaveURL(new RegExp(`${prefix}/services/${service}/$`, 'u'));
          await expect(page.locator('h1')).toHaveText(name);
        });
      }
    });
  }

  for (const path of ['/s/99/', '/en/s/0/', '/s/43/']) {
    test(`${path} answers with the 404 page, which has search`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('找不到这个页面');
      await expect(page.getByRole('searchbox').first()).toBeVisible();
    });
  }

  test('are not in the sitemap', () => {
    const paths = sitemapPaths();
    expect(paths).toContain('/services/34/');
    expect(paths.filter((path) => /\/s\//u.test(path))).toEqual([]);
  });

  test('name the service page as canonical, ask not to be indexed, and offer a plain link', async ({ page, request }) => {
    const html = await (await request.get('/en/s/34/')).text();
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/en/services/34/">');
    expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+\/en\/services\/34\/">/u);
    expect(html).toContain('<meta name="robots" content="noindex">');
    // The page as it stands before the refresh moves on, so axe and the eye can check it.
    await page.route('**/en/s/34/', (route) => route.fulfill({ contentType: 'text/html', body: html.replace(/<meta http-equiv="refresh"[^>]*>/u, '') }));
    await page.goto('/en/s/34/');
    await expect(page.locator('h1')).toHaveText(`Service no. 34 · ${service34.en.name}`);
    await expect(page.getByRole('link', { name: service34.en.name })).toHaveAttribute('href', '/en/services/34/');
    await expectNoAxeViolations(page);
  });
});

test.describe('short links offline', () => {
  test.use({ serviceWorkers: 'allow' });
  test('open their service in both languages with no network, after one visit', async ({ page, context }) => {
    test.setTimeout(120_000);
    // A server of its own, which the test can stop: offline emulation does not cover every fetch of the worker.
    const server = await serveDist(builtSite);
    try {
      await page.goto(`${server.origin}/`);
      await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 60_000 }).toBe(true);
      await server.close();
      await context.setOffline(true);
      for (const [prefix, name] of [
        ['', service34.zh.name],
        ['/en', service34.en.name],
      ] as const) {
        await page.goto(`${server.origin}${prefix}/s/34/`);
        await expect(page).toHaveURL(`${server.origin}${prefix}/services/34/`);
        await expect(page.locator('h1')).toHaveText(name);
      }
    } finally {
      await server.close();
    }
  });
});

test.describe('a service page', () => {
  test('shows its code large, with the hint for callers', async ({ page }) => {
    await page.goto('/services/34/');
    await expect(page.locator('.service-code__code')).toHaveText('服务编号 34');
    await expect(page.locator('.service-code__hint')).toHaveText('在搜索框输入 34，就能找到这一项。');
    const size = await page.locator('.service-code__number').evaluate((e) => Number.parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(32);
    await page.goto('/en/services/34/');
    await expect(page.locator('.service-code__code')).toHaveText('Service no. 34');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('shows the short link as text, and no button that would do nothing', async ({ page }) => {
      await page.goto('/services/34/');
      await expect(page.locator('.share__link')).toHaveText(/^https?:\/\/[^/]+\/s\/34\/$/u);
      await expect(page.locator('.share').getByRole('button')).toHaveCount(0);
      await expect(page.getByRole('button', { name: '听一听' })).toHaveCount(0);
    });
  });

  test('copies the link and the message to the clipboard, in Chinese', async ({ page }) => {
    await mockClipboard(page, 'ok');
    await page.goto('/services/34/');
    const link = `${await publicOrigin(page)}/s/34/`;
    await expect(page.locator('.share__link')).toHaveText(link);
    await page.getByRole('button', { name: '复制链接' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
    await page.getByRole('button', { name: '复制短信' }).click();
    expect(await copied(page)).toEqual([
      { via: 'clipboard', text: link },
      { via: 'clipboard', text: `【服务编号 34】${service34.zh.name}\n${zhFirstSentence}\n详情：${link}` },
    ]);
  });

  test('copies the message in English on the English page', async ({ page }) => {
    await mockClipboard(page, 'ok');
    await page.goto('/en/services/34/');
    const link = `${await publicOrigin(page)}/en/s/34/`;
    await page.getByRole('button', { name: 'Copy message' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
    expect(await copied(page)).toEqual([{ via: 'clipboard', text: `Service no. 34: ${service34.en.name}\n${enFirstSentence}\nMore: ${link}` }]);
  });

  for (const mode of ['reject', 'missing'] as const) {
    test(`copies through the old way when the clipboard is ${mode === 'reject' ? 'refused' : 'missing'}`, async ({ page }) => {
      await mockClipboard(page, mode);
      await page.goto('/services/34/');
      const link = `${await publicOrigin(page)}/s/34/`;
      const button = page.getByRole('button', { name: '复制链接' });
      await button.click();
      await expect(page.getByRole('status').filter({ hasText: '已复制' })).toBeVisible();
      expect(await copied(page)).toEqual([{ via: 'execCommand', text: link }]);
      // The helper field is gone and focus is back on the button.
      await expect(page.locator('body > textarea')).toHaveCount(0);
      await expect(button).toBeFocused();
    });
  }

  test('shows the text selected to copy by hand when no way of copying works', async ({ page }) => {
    await mockClipboard(page, 'reject', false);
    await page.goto('/services/34/');
    const link = `${await publicOrigin(page)}/s/34/`;
    await page.getByRole('button', { name: '复制短信' }).click();
    await expect(page.getByRole('status').filter({ hasText: '没能自动复制' })).toBeVisible();
    const manual = page.getByRole('textbox', { name: '要复制的文字' });
    await expect(manual).toBeVisible();
    await expect(manual).toBeFocused();
    await expect(manual).toHaveValue(`【服务编号 34】${service34.zh.name}\n${zhFirstSentence}\n详情：${link}`);
    const selection = await manual.evaluate((e: HTMLTextAreaElement) => [e.selectionStart, e.selectionEnd, e.value.length]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
    expect(await copied(page)).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test('shares through the share sheet with the title, a line and the short link', async ({ page }) => {
    await mockShare(page, true);
    await page.goto('/services/34/');
    const link = `${await publicOrigin(page)}/s/34/`;
    await page.getByRole('button', { name: '分享', exact: true }).click();
    await expect.poll(() => shared(page)).toEqual([{ title: `服务编号 34 ${service34.zh.name}`, text: zhFirstSentence, url: link }]);
  });

  test('offers no share button where the browser has no share sheet, only the copy buttons', async ({ page }) => {
    await mockShare(page, false);
    await page.goto('/services/34/');
    await expect(page.getByRole('button', { name: '复制链接' })).toBeVisible();
    await expect(page.getByRole('button', { name: '复制短信' })).toBeVisible();
    await expect(page.getByRole('button', { name: '分享', exact: true })).toHaveCount(0);
  });
});

test.describe('Listen (听一听)', () => {
  test('is absent where the browser has no speechSynthesis', async ({ page }) => {
    await mockSpeech(page, 'absent');
    await page.goto('/services/34/');
    await expect(page.locator('.share__actions')).toBeVisible();
    await expect(page.getByRole('button', { name: '听一听' })).toHaveCount(0);
  });

  test('is absent on a Chinese page when only an English voice exists', async ({ page }) => {
    await mockSpeech(page, { voices: ['en-US'] });
    await page.goto('/services/34/');
    await expect(page.locator('.share__actions')).toBeVisible();
    await expect(page.getByRole('button', { name: '听一听' })).toHaveCount(0);
  });

  test('reads the service in Chinese with a Chinese voice, and stops when pressed again', async ({ page }) => {
    await mockSpeech(page, { voices: ['en-US', 'zh-TW', 'zh-CN'] });
    await page.goto('/services/34/');
    const button = page.locator('button[data-listen]');
    await expect(button).toHaveText('听一听');
    await button.click();
    await expect(button).toHaveText('停止朗读');
    const said = await spoken(page);
    expect(new Set(said.map((u) => u.lang))).toEqual(new Set(['zh-CN']));
    expect(new Set(said.map((u) => u.voice))).toEqual(new Set(['zh-CN']));
    const text = said.map((u) => u.text);
    expect(text[0]).toBe(`服务编号 34，${service34.zh.name}。`);
    expect(text[1]).toContain('简单地说：有需要的流动儿童');
    // Phone numbers digit by digit.
    expect(text[1]).toContain('9 6 2 5 2 5心理热线');
    expect(text).toContain(`服务对象：${service34.zh.target}。`);
    expect(text.join('')).toContain('负责部门：市民政局');
    expect(text.join('')).toContain('可以打这些热线：9 6 2 5 2 5');
    await button.click();
    await expect(button).toHaveText('听一听');
    expect(await page.evaluate(() => (window.speechSynthesis as unknown as { cancels: number }).cancels)).toBeGreaterThan(0);
  });

  test('goes back to “Listen” when reading ends, and stops when the page is hidden', async ({ page }) => {
    await mockSpeech(page, { voices: ['zh-CN'] });
    await page.goto('/services/34/');
    const button = page.locator('button[data-listen]');
    await button.click();
    await expect(button).toHaveText('停止朗读');
    await page.evaluate(() => (window as unknown as { finishSpeaking: () => void }).finishSpeaking());
    await expect(button).toHaveText('听一听');
    await button.click();
    await expect(button).toHaveText('停止朗读');
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await expect(button).toHaveText('听一听');
  });

  test('appears when the voices arrive late (voiceschanged)', async ({ page }) => {
    await mockSpeech(page, { voices: ['zh-CN'], late: true });
    await page.goto('/services/34/');
    await expect(page.locator('.share__actions')).toBeVisible();
    await expect(page.getByRole('button', { name: '听一听' })).toHaveCount(0);
    await page.evaluate(() => (window as unknown as { voicesArrive: () => void }).voicesArrive());
    await expect(page.getByRole('button', { name: '听一听' })).toBeVisible();
  });

  test('reads the English page in English', async ({ page }) => {
    await mockSpeech(page, { voices: ['zh-CN', 'en-GB'] });
    await page.goto('/en/services/34/');
    await page.getByRole('button', { name: 'Listen' }).click();
    const said = await spoken(page);
    expect(new Set(said.map((u) => `${u.lang} ${u.voice}`))).toEqual(new Set(['en en-GB']));
    expect(said[0]!.text).toBe(`Service no. 34, ${service34.en.name}.`);
  });

  test('a service page with every tool shown is accessible', async ({ page }) => {
    await mockSpeech(page, { voices: ['zh-CN'] });
    await mockShare(page, true);
    await page.goto('/services/34/');
    await expect(page.getByRole('button', { name: '听一听' })).toBeVisible();
    await expect(page.getByRole('button', { name: '分享', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

/** Opens the fold under the results that holds sending them on and their QR code. */
const openSendFold = (page: Page) => page.locator('.send-fold > summary').click();

test.describe('questionnaire results', () => {
  test('say first that the link carries the answers, then copy it on the public address', async ({ page }) => {
    await mockClipboard(page, 'ok');
    await page.goto(results);
    await openSendFold(page);
    const panel = page.locator('.share--results');
    await expect(panel.locator('.notice')).toHaveText(/这个链接里有您填写的答案.*只发给您信任的人/u);
    await panel.getByRole('button', { name: '复制链接' }).click();
    await expect(panel.locator('[aria-live="polite"]')).toHaveText(/已复制/u);
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toContain('age=9');
    expect(await copied(page)).toEqual([{ via: 'clipboard', text: `${await publicOrigin(page)}/check/${hash}` }]);
  });

  test('share the results link through the share sheet', async ({ page }) => {
    await mockShare(page, true);
    await page.goto(`/en${results}`);
    await openSendFold(page);
    await page.locator('.share--results').getByRole('button', { name: 'Share' }).click();
    const hash = await page.evaluate(() => location.hash);
    await expect.poll(() => shared(page)).toEqual([{ title: 'Services my child may get', url: `${await publicOrigin(page)}/en/check/${hash}` }]);
  });

  test('offer no share button without a share sheet, and the text by hand when copying fails', async ({ page }) => {
    await mockShare(page, false);
    await mockClipboard(page, 'missing', false);
    await page.goto(results);
    await openSendFold(page);
    const panel = page.locator('.share--results');
    await expect(panel.getByRole('button', { name: '分享', exact: true })).toHaveCount(0);
    await panel.getByRole('button', { name: '复制链接' }).click();
    const manual = panel.getByRole('textbox', { name: '要复制的文字' });
    await expect(manual).toBeFocused();
    await expect(manual).toHaveValue(new RegExp(`/check/#age=9&`, 'u'));
    await expectNoAxeViolations(page);
  });

  test('are read aloud: the services that may fit, in the page’s language', async ({ page }) => {
    await mockSpeech(page, { voices: ['zh-CN'] });
    await page.goto(results);
    await page.getByRole('button', { name: '听一听' }).click();
    const said = await spoken(page);
    expect(new Set(said.map((u) => u.lang))).toEqual(new Set(['zh-CN']));
    expect(said[0]!.text).toMatch(/^可能适合您孩子的服务（\d+项）：第\d+项 /u);
    expect(said[0]!.text).toContain('第24项 残疾人两项补贴');
    // The services for every child, as the results show them.
    const forAll = page.locator('section[aria-labelledby="results-all"]');
    const names = await forAll.locator('.result__name').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(said[1]!.text).toBe(`${await forAll.locator('h3').textContent()}：${names.map((n) => n.trim()).join('、')}。`);
    await expect(page.getByRole('button', { name: '停止朗读' })).toBeVisible();
  });

  test('hide Listen without a matching voice', async ({ page }) => {
    await mockSpeech(page, { voices: ['en-US'] });
    await page.goto(results);
    await expect(page.getByTestId('check-results')).toBeVisible();
    await expect(page.getByRole('button', { name: '听一听' })).toHaveCount(0);
  });

  test('with Listen and the share part shown are accessible', async ({ page }) => {
    await mockSpeech(page, { voices: ['zh-CN'] });
    await mockShare(page, true);
    await page.goto(results);
    await expect(page.getByRole('button', { name: '听一听' })).toBeVisible();
    await openSendFold(page);
    await expect(page.locator('.share--results').getByRole('button', { name: '分享', exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
