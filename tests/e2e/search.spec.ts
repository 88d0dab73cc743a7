/**
 * Search in a real browser: the box on every page with suggestions by keyboard, numbers straight to
 * their service, the results page and its links, hostile input shown as text, offline use, and no
 * request that carries what was searched for.
 */
import { axeViolations } from '../support/axe.ts';
import { searchField } from './site.ts';
import { expect, test, type Page, type Request } from './test.ts';

const results = (page: Page) => page.getByTestId('search-results');
const firstResultLink = (page: Page) => results(page).locator('li a').first();

/** Every request the page makes from now on, to check none carries the query. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

/** Records what hostile input must never cause: a dialog (a script ran), an uncaught error, a console error. */
function watchForHarm(page: Page): string[] {
  const harm: string[] = [];
  page.on('dialog', (dialog) => {
    harm.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => harm.push(`error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') harm.push(`console: ${message.text()}`);
  });
  return harm;
}

/** The page still stands, nothing from the input became markup or a link that runs script, and nothing went wrong. */
async function expectUnharmed(page: Page, harm: string[]) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(await page.locator('script').evaluateAll((scripts) => scripts.some((script) => script.textContent?.includes('alert(1)')))).toBe(false);
  expect(harm).toEqual([]);
}

const noResults = (query: string) => `没有找到和“${query}”有关的内容。可以换个说法，或者用下面的方法查找。`;
const weakResults = (query: string) => `没有找到完全符合“${query}”的内容。下面是可能有关的`;

/**
 * Hostile and broken queries: each as it stands after `q=` in an address (encoded, or broken on
 * purpose), the query the page reads from it, and what the page must then say.
 */
const hostileQueries: { name: string; encoded: string; query: string; says: string; first?: string }[] = [
  {
    name: 'markup',
    encoded: encodeURIComponent('<img src=x onerror=alert(1)>'),
    query: '<img src=x onerror=alert(1)>',
    says: noResults('<img src=x onerror=alert(1)>'),
  },
  {
    name: 'markup not encoded at all',
    encoded: '<img src=x onerror=alert(1)>',
    query: '<img src=x onerror=alert(1)>',
    says: noResults('<img src=x onerror=alert(1)>'),
  },
  {
    name: 'markup that closes an attribute',
    encoded: encodeURIComponent('"><script>alert(1)</script>'),
    query: '"><script>alert(1)</script>',
    says: weakResults('"><script>alert(1)</script>'),
  },
  { name: 'a script address', encoded: encodeURIComponent('javascript:alert(1)'), query: 'javascript:alert(1)', says: weakResults('javascript:alert(1)') },
  { name: 'an emoji', encoded: encodeURIComponent('👶🏻'), query: '👶🏻', says: noResults('👶🏻') },
  { name: 'a family emoji', encoded: encodeURIComponent('👨‍👩‍👧'), query: '👨‍👩‍👧', says: noResults('👨‍👩‍👧') },
  { name: 'full-width digits', encoded: encodeURIComponent('３４'), query: '３４', says: '“３４”的搜索结果', first: '/services/34/' },
  { name: 'a right-to-left override', encoded: encodeURIComponent('\u202e低保'), query: '\u202e低保', says: '“低保”的搜索结果', first: '/services/27/' },
  { name: 'direction isolates', encoded: encodeURIComponent('\u2066低保\u2069'), query: '\u2066低保\u2069', says: '“低保”的搜索结果', first: '/services/27/' },
  { name: 'a character cut off half way', encoded: '%E4%B8', query: '\ufffd', says: noResults('\ufffd') },
  { name: 'a lone percent sign', encoded: '%', query: '%', says: noResults('%') },
  { name: 'a percent sign without hex digits', encoded: '%zz', query: '%zz', says: '“%zz”' },
  { name: 'a mixture of broken escapes', encoded: '%E6%89%9%ZZ%u202E', query: '\ufffd%9%ZZ%u202E', says: '%9%ZZ%u202E' },
];

function expectNoRequestCarries(requests: Request[], ...texts: string[]) {
  for (const request of requests) {
    const sent = `${request.url()} ${request.postData() ?? ''}`;
    for (const text of texts) {
      expect(sent, `a request carried "${text}"`).not.toContain(text);
      expect(sent, `a request carried "${text}"`).not.toContain(encodeURIComponent(text));
    }
  }
}

for (const { lang, prefix, query, target, title } of [
  { lang: 'zh', prefix: '', query: '打疫苗', target: '/services/3/', title: '免疫接种' },
  { lang: 'en', prefix: '/en', query: 'vaccine', target: '/en/services/3/', title: 'Immunisation' },
] as const) {
  test(`the header box suggests as you type, and the keyboard opens a suggestion (${lang})`, async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(`${prefix}/hotlines/`);
    const box = searchField(page);
    await box.focus();
    await box.pressSequentially(query);
    const combobox = page.getByRole('combobox');
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    const listbox = page.getByRole('listbox');
    await expect(listbox.getByRole('option').first()).toContainText(title);
    await box.press('ArrowDown');
    await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await expect(combobox).toHaveAttribute('aria-activedescendant', /-suggestions-0$/u);
    await box.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${target}$`, 'u'));
    expectNoRequestCarries(requests, query);
  });

  test(`Enter without a chosen suggestion opens the results page with the query in the fragment (${lang})`, async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto(`${prefix}/services/1/`);
    const box = searchField(page);
    await box.fill(query);
    await box.press('Enter');
    await expect(page).toHaveURL(`${prefix}/search/#q=${encodeURIComponent(query)}`);
    await expect(firstResultLink(page)).toHaveAttribute('href', target);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expectNoRequestCarries(requests, query);
  });
}

test('Escape closes the suggestions, then clears the box', async ({ page }) => {
  await page.goto('/services/');
  const box = searchField(page);
  await box.focus();
  await box.pressSequentially('低保');
  await expect(page.getByRole('listbox')).toBeVisible();
  await box.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await expect(page.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
  await box.press('Escape');
  await expect(box).toHaveValue('');
});

test('a suggestion can be tapped', async ({ page }) => {
  await page.goto('/policy/');
  const box = searchField(page);
  await box.click();
  await box.pressSequentially('自闭症');
  await page.getByRole('option', { name: /孤独症筛查/u }).click();
  await expect(page).toHaveURL(/\/services\/2\/$/u);
});

for (const typed of ['34', '第34项', '３４']) {
  test(`a service number typed and confirmed goes straight to the service: ${typed}`, async ({ page }) => {
    await page.goto('/');
    const box = searchField(page);
    await box.fill(typed);
    await box.press('Enter');
    await expect(page).toHaveURL(/\/services\/34\/$/u);
  });
}

for (const typed of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', 'javascript:alert(1)', '👨‍👩‍👧', '\u202e低保']) {
  test(`the header box takes ${JSON.stringify(typed)} as text, in its suggestions and on the results page`, async ({ page }) => {
    const harm = watchForHarm(page);
    await page.goto('/hotlines/');
    const box = searchField(page);
    await box.focus();
    await box.fill(typed);
    // Every query gets at least "see all results", so the list opens whatever was typed.
    await expect(page.getByRole('listbox').getByRole('option').last()).toHaveText('查看全部结果');
    await expectUnharmed(page, harm);
    await box.press('Enter');
    await expect(page).toHaveURL(`/search/#q=${encodeURIComponent(typed)}`);
    await expect(page.locator('[data-search-summary]')).not.toHaveText('正在准备搜索……');
    await expect(searchField(page)).toHaveValue(typed);
    await expectUnharmed(page, harm);
  });
}

test('the header box holds at most 2,000 characters, and the results page says it searched only the start', async ({ page }) => {
  const harm = watchForHarm(page);
  await page.goto('/hotlines/');
  const box = searchField(page);
  await box.fill('疫苗'.repeat(5000));
  expect((await box.inputValue()).length).toBeLessThanOrEqual(2000);
  await box.press('Enter');
  await expect(page.locator('[data-search-notice]')).toHaveText('您输入的内容太长，只搜索了前100个字。');
  await expect(firstResultLink(page)).toHaveAttribute('href', '/services/3/');
  await expectUnharmed(page, harm);
});

test('a service number on the English side goes to the English page', async ({ page }) => {
  await page.goto('/en/');
  const box = searchField(page);
  await box.fill('12');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/services\/12\/$/u);
});

test.describe('the results page', () => {
  for (const { address, first } of [
    { address: `/search/#q=${encodeURIComponent('蛀牙')}`, first: '/services/18/' },
    { address: `/search/#q=${encodeURIComponent('孩子打疫苗去哪里')}`, first: '/services/3/' },
    { address: '/search/#q=xinli', first: '/services/34/' },
    { address: '/search/#q=yimiao', first: '/services/3/' },
    { address: '/en/search/#q=autism', first: '/en/services/2/' },
    { address: '/search/#q=autism', first: '/services/2/' },
    { address: '/search/#q=12355', first: '/hotlines/#hotline-12355' },
    { address: '/en/search/#q=962525', first: '/en/hotlines/#hotline-962525' },
    { address: `/search/#q=${encodeURIComponent('第34项')}`, first: '/services/34/' },
    { address: `/search/#q=${encodeURIComponent('人社局')}`, first: '/departments/human-resources/' },
  ]) {
    test(`${decodeURIComponent(address)} puts ${first} first`, async ({ page }) => {
      const requests = recordRequests(page);
      await page.goto(address);
      await expect(firstResultLink(page)).toHaveAttribute('href', first);
      const count = await results(page).locator('li').count();
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(20);
      // The fragment is never sent: no request, the page's own included, carries the query.
      expectNoRequestCarries(requests, decodeURIComponent(address.split('#q=')[1]!));
    });
  }

  test('a street or district typed by name links to its place on the district page', async ({ page }) => {
    await page.goto('/search/');
    const box = searchField(page);
    await box.fill('外滩');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/places/310101/#310101013');
    await expect(results(page).locator('li').first()).toContainText('黄浦区 · 街道');
    await box.fill('南京东路');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/places/310101/#310101002');
    await page.goto('/en/search/');
    await searchField(page).fill('Huangpu');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/en/places/310101/');
    await firstResultLink(page).click();
    await expect(page).toHaveURL('/en/places/310101/');
  });

  test('reads ?q= links written by others and moves the query into the fragment', async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent('低保')}&from=singlemessage`);
    await expect(firstResultLink(page)).toHaveAttribute('href', '/services/27/');
    await expect(page).toHaveURL(`/search/?from=singlemessage#q=${encodeURIComponent('低保')}`);
  });

  for (const { address, first } of [
    { address: '/en/search/?q=vaccine', first: '/en/services/3/' },
    { address: '/search/?q=dibao', first: '/services/27/' },
    { address: '/search/?q=34', first: '/services/34/' },
    // 2,000 characters; Latin, since 2,000 percent-encoded Chinese characters (18 KB) exceed what
    // servers accept in a request line. The fragment form takes Chinese of any length (above).
    { address: `/en/search/?q=${'vaccine '.repeat(250)}`, first: '/en/services/3/' },
  ]) {
    test(`a ?q= link works too: ${address.slice(0, 30)}`, async ({ page }) => {
      await page.goto(address);
      await expect(firstResultLink(page)).toHaveAttribute('href', first);
      expect(new URL(page.url()).search).toBe('');
      expect(new URL(page.url()).hash).toMatch(/^#q=/u);
    });
  }

  test('an empty ?q= shows the empty page, not an error', async ({ page }) => {
    await page.goto('/search/?q=');
    await expect(page.locator('[data-search-summary]')).toHaveText('请在上面的框里输入要找的内容。');
    await expect(results(page).locator('li')).toHaveCount(0);
  });

  test('results that only possibly match are shown as such', async ({ page }) => {
    await page.goto(`/search/#q=${encodeURIComponent('疫描')}`);
    await expect(page.locator('[data-search-summary]')).toHaveText(
      '没有找到完全符合“疫描”的内容。下面是可能有关的，也可以换个说法，或者用下面的其他方法查找。',
    );
    await expect(firstResultLink(page)).toHaveAttribute('href', '/services/3/');
  });

  test('a crisis word puts the number to call first', async ({ page }) => {
    await page.goto(`/search/#q=${encodeURIComponent('自杀')}`);
    await expect(firstResultLink(page)).toHaveAttribute('href', '/hotlines/#hotline-962525');
  });

  test('the language switch keeps the query', async ({ page }) => {
    await page.goto('/search/#q=vaccine');
    await expect(firstResultLink(page)).toBeVisible();
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL('/en/search/#q=vaccine');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/en/services/3/');
  });

  test('an empty query shows an empty list and the other ways to find help', async ({ page }) => {
    await page.goto('/search/#q=');
    await expect(page.locator('[data-search-summary]')).toHaveText('请在上面的框里输入要找的内容。');
    await expect(results(page)).toBeAttached();
    await expect(results(page).locator('li')).toHaveCount(0);
    await expect(page.getByRole('link', { name: '回答几个问题，看看孩子能得到什么' })).toBeVisible();
  });

  test('a query that finds nothing offers categories, the questionnaire and the hotlines', async ({ page }) => {
    await page.goto('/en/search/#q=qqqqzzzz');
    await expect(page.locator('[data-search-summary]')).toContainText('Nothing was found for “qqqqzzzz”');
    await expect(results(page).locator('li')).toHaveCount(0);
    const browse = page.locator('.search-browse');
    await expect(browse.getByRole('link', { name: 'Schooling' })).toHaveAttribute('href', '/en/services/#category-schooling');
    await expect(browse.getByRole('link', { name: 'Answer a few questions to see what your child can get' })).toBeVisible();
    await expect(browse.getByRole('link', { name: 'Call a hotline' })).toBeVisible();
  });

  test('a number with no service says so', async ({ page }) => {
    await page.goto('/search/#q=99');
    await expect(page.locator('[data-search-notice]')).toHaveText('没有第99项服务。服务编号是1到42。');
  });

  test('a 10,000-character query is searched by its start, and the page says so', async ({ page }) => {
    for (const address of [`/search/#q=${encodeURIComponent('疫苗'.repeat(5000))}`, `/search/?q=${'vaccine+'.repeat(1250)}`]) {
      const harm = watchForHarm(page);
      await page.goto(address);
      await expect(page.locator('[data-search-notice]')).toHaveText('您输入的内容太长，只搜索了前100个字。');
      await expect(firstResultLink(page)).toHaveAttribute('href', '/services/3/');
      // The query is repeated back shortened, so it does not flood the page.
      const summary = await page.locator('[data-search-summary]').textContent();
      expect(summary!.length).toBeLessThan(80);
      await expectUnharmed(page, harm);
    }
  });

  for (const { name, encoded, query, says, first } of hostileQueries) {
    for (const form of ['#q=', '?q='] as const) {
      test(`${name} in ${form}… is read as text, and the page says what it found`, async ({ page }) => {
        const harm = watchForHarm(page);
        await page.goto(`/search/${form}${encoded}`);
        await expect(page.locator('[data-search-summary]')).toContainText(says);
        // Nothing in the address may reorder what the page says.
        await expect(page.locator('[data-search-summary]')).not.toContainText(/[\u202a-\u202e\u2066-\u2069]/u);
        await expect(searchField(page)).toHaveValue(query);
        if (first) await expect(firstResultLink(page)).toHaveAttribute('href', first);
        expect(new URL(page.url()).search).toBe('');
        await expectUnharmed(page, harm);
      });
    }
  }

  test('typing on the results page updates the results and the fragment, without new history entries', async ({ page }) => {
    await page.goto('/');
    await page.goto('/search/#q=xinli');
    const box = searchField(page);
    await box.fill('低保');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/services/27/');
    await expect(page).toHaveURL(`/search/#q=${encodeURIComponent('低保')}`);
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('search keeps working offline once the page has loaded', async ({ page, context }) => {
    await page.goto('/search/#q=xinli');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/services/34/');
    await context.setOffline(true);
    await searchField(page).fill('近视');
    await expect(firstResultLink(page)).toHaveAttribute('href', '/services/17/');
    await context.setOffline(false);
  });

  test('suggestions keep working offline once the box has been touched', async ({ page, context }) => {
    await page.goto('/services/');
    const box = searchField(page);
    await box.focus();
    await box.pressSequentially('医保');
    await expect(page.getByRole('option').first()).toBeVisible();
    await context.setOffline(true);
    await box.fill('');
    await box.pressSequentially('住房');
    await expect(page.getByRole('option').first()).toContainText('住房保障服务');
    await context.setOffline(false);
  });

  test('a failed index load says search is unavailable and leaves the other ways to find help', async ({ page }) => {
    await page.route('**/search-index.json', (route) => route.abort());
    await page.goto('/search/#q=xinli');
    await expect(page.locator('[data-search-summary]')).toHaveText('搜索暂时用不了（可能是网络不通）。可以按类别查看全部服务，或者拨打热线。');
    await expect(page.locator('.search-browse').getByRole('link', { name: '打热线电话问一问' })).toBeVisible();
  });
});

test('nothing of search loads before the box is touched on a content page', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/services/3/');
  await page.waitForLoadState('networkidle');
  expect(requests.map((r) => r.url()).filter((url) => url.includes('search-index') || url.includes('enhanceSearchBox'))).toEqual([]);
  await searchField(page).focus();
  await expect.poll(() => requests.some((r) => r.url().endsWith('/search-index.json'))).toBe(true);
});

test.describe('accessibility of search states', () => {
  test('axe finds nothing with the suggestions open, or on a page of results', async ({ page }) => {
    await page.goto('/services/3/');
    const box = searchField(page);
    await box.focus();
    await box.pressSequentially('疫苗');
    await box.press('ArrowDown');
    await expect(page.getByRole('listbox')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/en/search/#q=school');
    await expect(results(page).locator('li').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
});
