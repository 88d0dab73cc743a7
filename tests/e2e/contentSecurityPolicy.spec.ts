/**
 * The Content-Security-Policy as the browser applies it. Every test of every spec fails on a
 * violation (tests/e2e/test.ts); these show that the watch works, that the policy refuses what an
 * attacker would inject (an inline script, eval, an event handler, a style attribute), and cover the pages the other
 * specs do not open directly: the offline page and the short links.
 */
import { expect, test, type Page } from './test.ts';

/** Adds an inline script to the page as an injected one would be, without Playwright's own checks. */
const inject = (page: Page) =>
  page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.head.append(script);
  });

test('an inline script the site did not write is blocked, and the watch on every test records it', async ({ page, cspViolations }) => {
  await page.goto('/services/34/');
  await expect(page.addScriptTag({ content: 'window.injected = true;' })).rejects.toThrow(/Content Security Policy/u);
  await inject(page);
  await expect.poll(() => cspViolations.length).toBe(2);
  for (const violation of cspViolations) expect(violation).toMatch(/^script-src(?:-elem)? blocked inline in http:\/\/[^/]+\/services\/34\//u);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  // Seen and expected: emptied, so that the watch lets this test pass.
  cspViolations.length = 0;
});

test('a violation the test does not expect fails the test', async ({ page, cspViolations }) => {
  // Expected to fail, and only in the watch's own check after the test: every step here passes.
  test.fail();
  await page.goto('/');
  await inject(page);
  await expect.poll(() => cspViolations.length).toBe(1);
});

test('eval, inline event handlers and style attributes are refused too', async ({ page, cspViolations }) => {
  await page.goto('/');
  // A script file of the site's own (allowed, as 'self') that builds code from a string.
  await page.route('**/test-eval.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "try { window.evalResult = String(eval('1 + 1')); } catch (error) { window.evalResult = error.name; }",
    }),
  );
  await page.addScriptTag({ url: '/test-eval.js' });
  expect(await page.evaluate(() => (window as Window & { evalResult?: string }).evalResult)).toBe('EvalError');
  await page.evaluate(() => {
    document.body.setAttribute('style', 'outline: 9px solid red');
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.clicked = true');
    button.textContent = 'Injected';
    document.body.prepend(button);
  });
  await page.getByRole('button', { name: 'Injected' }).click();
  await expect.poll(() => cspViolations.map((violation) => violation.split(' ')[0]).sort()).toEqual(['script-src', 'script-src-attr', 'style-src-attr']);
  expect(await page.evaluate(() => getComputedStyle(document.body).outlineStyle)).toBe('none');
  expect(await page.evaluate(() => 'clicked' in window)).toBe(false);
  cspViolations.length = 0;
});

test('the policy is the first thing in <head>, before any script', async ({ page }) => {
  await page.goto('/check/');
  const head = await page.evaluate(() => [...document.head.children].slice(0, 3).map((element) => element.outerHTML.slice(0, 100)));
  expect(head[0]).toBe('<meta charset="utf-8">');
  expect(head[1]).toMatch(/^<meta http-equiv="content-security-policy" content="default-src 'self'/u);
  expect(head[2]).toMatch(/^<script>/u);
});

test('the offline page, opened directly, breaks no rule', async ({ page }) => {
  await page.goto('/offline/');
  await expect(page.locator('h1')).toHaveText('现在没有网络');
});

for (const path of ['/s/34/', '/en/s/34/']) {
  test(`the short link ${path} moves on to its service page and breaks no rule`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL(/\/services\/34\/$/u);
    await expect(page.locator('h1')).toHaveCount(1);
  });
}
