/** With JavaScript off, every page is still whole: the content is HTML, scripts only enhance. */
import type { Service } from '../../src/lib/content/schemas.ts';
import { readContent } from './site.ts';
import { expect, test } from './test.ts';

test.use({ javaScriptEnabled: false });

for (const [lang, prefix] of [
  ['zh', ''],
  ['en', '/en'],
] as const) {
  test(`a service page shows its full content without JavaScript (${lang})`, async ({ page }) => {
    const service = readContent<Service>('services/26.json');
    await page.goto(`${prefix}/services/26/`);
    const text = service[lang];
    await expect(page.locator('h1')).toHaveText(text.name);
    const main = page.locator('main');
    for (const words of [text.summary, text.target, text.content]) await expect(main).toContainText(words);
    // Departments as links to their pages.
    for (const id of service.departments) {
      await expect(main.locator(`a[href="${prefix}/departments/${id}/"]`).first()).toBeVisible();
    }
    await expect(main.locator('.citation')).toContainText(lang === 'zh' ? '第26项' : 'Item 26');
    // The official Chinese is one tap away on the English page, without a script.
    if (lang === 'en') {
      await page.getByText('Show the Chinese original').click();
      await expect(main.locator('[lang="zh-CN"]').first()).toContainText(service.zh.content);
    }
  });
}

test('the department filter on the services list works without JavaScript', async ({ page }) => {
  await page.goto('/services/');
  await page.getByText('按负责部门查看').click();
  await page.locator('.department-filter').getByRole('link', { name: '市红十字会' }).click();
  await expect(page).toHaveURL(/\/departments\/red-cross\/#services$/u);
  const listed = page.locator('#services [data-service]');
  await expect(listed).toHaveCount(1);
  await expect(listed).toHaveAttribute('data-service', '20');
});

for (const { path, name } of [
  { path: '/', name: '找服务' },
  { path: '/hotlines/', name: '搜服务、热线、编号' },
]) {
  test(`the search box on ${path} keeps the words, sends nothing, and says plainly that search needs JavaScript`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const response = await page.goto(path);
    const box = page.getByRole('searchbox', { name });
    await box.fill('打疫苗');
    await expect(page.getByRole('search').getByRole('button', { name: '搜索' })).toBeDisabled();
    await box.press('Enter');
    await page.waitForTimeout(300);
    await expect(page).toHaveURL(new RegExp(`${path.replace(/\//gu, '\\/')}$`, 'u'));
    await expect(box).toHaveValue('打疫苗');
    expect(requested.join(' ')).not.toContain(encodeURIComponent('打疫苗'));
    // Chromium with scripts disabled still parses <noscript> as if scripts ran: check the HTML a browser without JavaScript renders.
    const html = await response!.text();
    expect(html).toContain('这个浏览器没有开启JavaScript，所以不能搜索，您输入的字还留在框里。');
    expect(html).toMatch(/<a href="\/services\/">按类别查看全部服务<\/a>/u);
  });
}

test('the WeChat hint stays hidden without JavaScript', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-wechat-hint]')).toBeHidden();
});

test('without JavaScript, /check/ is a printable checklist that points to the service list', async ({ page }) => {
  await page.goto('/check/');
  const checklist = page.locator('#check-checklist');
  await expect(checklist).toBeVisible();
  await expect(checklist.locator('.checklist__question')).toHaveCount(6);
  await expect(checklist).toContainText('不确定');
  await expect(checklist.getByRole('link', { name: '对照全部42项服务' })).toHaveAttribute('href', '/services/');
});

test('the results page without JavaScript says why and offers the other ways to find help', async ({ page }) => {
  const response = await page.goto('/en/search/#q=vaccine');
  // Chromium driven with scripts disabled still parses <noscript> as if scripts ran, so the
  // message is checked in the HTML a browser without JavaScript would render.
  expect(await response!.text()).toMatch(
    /<noscript><p class="small search-box__no-script">JavaScript is off in this browser, so search cannot run; your words stay in the box\./u,
  );
  await expect(page.getByTestId('search-results')).toBeAttached();
  await expect(page.getByTestId('search-results').locator('li')).toHaveCount(0);
  await expect(page.locator('.search-browse').getByRole('link', { name: 'Schooling' })).toHaveAttribute('href', '/en/services/#category-schooling');
  await expect(page.locator('.search-browse').getByRole('link', { name: 'Call a hotline' })).toBeVisible();
});

test('places are chosen from plain links without JavaScript, and no "near me" button that cannot work', async ({ page }) => {
  await page.goto('/places/');
  await expect(page.getByRole('button', { name: '用我的位置' })).toBeHidden();
  await page.getByRole('link', { name: '崇明区' }).click();
  await expect(page).toHaveURL(/\/places\/310151\/$/u);
  await page.locator('.street-index').getByRole('link', { name: '长兴镇' }).click();
  await expect(page).toHaveURL(/#310151116$/u);
  await expect(page.locator('[id="310151116"]').getByRole('link', { name: '在高德地图搜索「长兴镇社区事务受理服务中心」' })).toBeVisible();
});
