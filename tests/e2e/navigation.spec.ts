import { expect, test } from './test.ts';
/** Moving around: the language switch, the head a link card needs, the skip link, the WeChat hint. */

test('the language switch lands on the same page in the other language and back', async ({ page }) => {
  await page.goto('/services/12/');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/en\/services\/12\/$/u);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByTestId('language-switch').click();
  await expect(page).toHaveURL(/\/services\/12\/$/u);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('every page names its canonical address, its alternates and a link card', async ({ page }) => {
  await page.goto('/en/hotlines/');
  const head = page.locator('head');
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/hotlines\/$/u);
  await expect(head.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute('href', /[^n]\/hotlines\/$/u);
  await expect(head.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/hotlines\/$/u);
  await expect(head.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /[^n]\/hotlines\/$/u);
  await expect(page).toHaveTitle(/Hotlines/u);
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /12355/u);
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https?:\/\/.+\/og-image\.png$/u);
});

test('the link card image exists', async ({ request }) => {
  const response = await request.get('/og-image.png');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});

test('the skip link is the first thing the keyboard reaches, and it moves focus to the content', async ({ page }) => {
  await page.goto('/policy/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('focus is visible on links', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const style = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement;
    const computed = getComputedStyle(element);
    return { background: computed.backgroundColor, shadow: computed.boxShadow };
  });
  expect(style.background).toBe('rgb(255, 221, 0)');
  expect(style.shadow).not.toBe('none');
});

test('measures and hotlines have the anchors other pages link to', async ({ page }) => {
  await page.goto('/policy/#measure-8');
  await expect(page.locator('#measure-8')).toContainText('0—6岁流动儿童提供国家免疫规划疫苗接种服务');
  await expect(page.locator('#measure-8')).toBeInViewport();
  await expect(page.locator('#measure-32')).toBeAttached();
});

test.describe('inside WeChat', () => {
  test.use({
    userAgent:
      'Mozilla/5.0 (Linux; Android 12; V2118A; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 MicroMessenger/8.0.42.2460(0x28002A35) WeChat/arm64 Weixin NetType/4G Language/zh_CN',
  });

  test('a hint says how to open the page in the phone browser, and stays dismissed', async ({ page }) => {
    await page.goto('/');
    const hint = page.locator('[data-wechat-hint]');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('在浏览器打开');
    await hint.getByRole('button', { name: '知道了' }).click();
    await expect(hint).toBeHidden();
    await page.goto('/services/');
    await expect(page.locator('[data-wechat-hint]')).toBeHidden();
  });
});

test('outside WeChat there is no hint', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('load');
  await expect(page.locator('[data-wechat-hint]')).toBeHidden();
});
