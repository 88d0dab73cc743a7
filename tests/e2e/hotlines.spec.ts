import { expect, test } from './test.ts';
/** The numbers a family in trouble needs: right, tappable, copyable, with the 021 form for Shanghai lines. */

test('each plan hotline has its anchor, a tap-to-call link and the 021 form', async ({ page }) => {
  await page.goto('/hotlines/');
  for (const number of ['962525', '12355', '12338']) {
    const card = page.locator(`#hotline-${number}`);
    await expect(card).toBeVisible();
    await expect(card.locator(`a[href="tel:${number}"]`)).toBeVisible();
    await expect(card.locator(`a[href="tel:021${number}"]`)).toBeVisible();
    await expect(card.locator('.call__number')).toHaveText(number);
  }
  // No way in is given for 青小聊, since no official page the site has read gives one; 12345 to ask.
  const platform = page.locator('#hotline-qingxiaoliao');
  await expect(platform).toContainText('方案没有写这个平台的号码、网址或怎样进入，本站也没有找到写明入口的官方页面。');
  await expect(platform.locator('a[href="tel:12345"]')).toBeVisible();
  await expect(platform.locator('a[href="tel:02112345"]')).toBeVisible();
});

test("measure 21's topics are said once, above the lines, and each line's own words are the site's suggestion", async ({ page }) => {
  for (const [path, topics, label] of [
    ['/hotlines/', '心理情感、家庭教育、权益维护、政策法规', '本站建议：'],
    ['/en/hotlines/', 'family education, protecting their rights, and policies and laws', "The site's suggestion: "],
  ] as const) {
    await page.goto(path);
    const main = page.locator('main');
    await expect(page.getByTestId('plan-topics')).toContainText(topics);
    expect(await main.textContent()).toContain(topics);
    expect((await main.textContent())!.split(topics)).toHaveLength(2);
    for (const number of ['962525', '12355', '12338']) {
      const card = page.locator(`#hotline-${number}`);
      await expect(card).toContainText(label);
      await expect(card).not.toContainText(topics);
    }
    await expect(page.locator('#hotline-qingxiaoliao')).not.toContainText(label);
  }
});

test('110 and 120 are labelled as general public numbers, with no 021 form', async ({ page }) => {
  await page.goto('/en/hotlines/');
  for (const number of ['110', '120']) {
    const card = page.locator(`#hotline-${number}`);
    await expect(card).toContainText('General public number (not named in the plan)');
    await expect(card.locator(`a[href="tel:${number}"]`)).toBeVisible();
    await expect(card.locator(`a[href="tel:021${number}"]`)).toHaveCount(0);
  }
});

test('no page offers the misprinted number 12388 as a number to call', async ({ page }) => {
  for (const path of ['/hotlines/', '/services/34/', '/en/services/34/', '/']) {
    await page.goto(path);
    await expect(page.locator('a[href^="tel:"][href*="12388"]')).toHaveCount(0);
  }
});

test('the home page shows 110 and the plan hotlines with tap-to-call', async ({ page }) => {
  await page.goto('/');
  const main = page.locator('main');
  await expect(main.locator('a[href="tel:110"]')).toBeVisible();
  for (const number of ['962525', '12355', '12338']) await expect(main.locator(`a[href="tel:${number}"]`)).toBeVisible();
});

test('a number can be selected as plain text', async ({ page }) => {
  await page.goto('/hotlines/');
  const selected = await page.locator('#hotline-12355 .call__number').evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
  expect(selected).toBe('12355');
});
