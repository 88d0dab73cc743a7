/**
 * The questionnaire in a real browser: by keyboard alone, from a shared link, with broken links,
 * without sending anything anywhere, and with a quick exit that leaves no way back.
 */
import { loadContent } from '../../src/lib/content/loadContent.ts';
import type { Answers } from '../../src/lib/eligibility/answers.ts';
import { evaluateEligibility } from '../../src/lib/eligibility/evaluate.ts';
import { contentDir } from '../unit/sourceFile.ts';
import { axeViolations } from '../support/axe.ts';
import { expect, test, type Page } from './test.ts';

const contract = 'age=9&hukou=other&months=36&stage=primary&insurance=shanghai&needs=disability,dibao';

async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** The services the results show, as `number:verdict`. */
async function shownServices(page: Page): Promise<string[]> {
  await expect(page.getByTestId('check-results')).toBeVisible();
  const shown = await page
    .locator('[data-testid="check-results"] [data-service]')
    .evaluateAll((elements) => elements.map((e) => `${e.getAttribute('data-service')}:${e.getAttribute('data-verdict')}`));
  return shown.sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
}

function expectedServices(answers: Answers): string[] {
  const { services } = loadContent(contentDir);
  return evaluateEligibility(
    services.map((s) => ({ number: s.number, conditions: s.eligibility.conditions })),
    answers,
  )
    .filter((v) => v.verdict === 'likely' || v.verdict === 'check')
    .map((v) => `${v.number}:${v.verdict}`);
}

/** Presses Tab until the element with this id has focus, as a keyboard user moves down a page. */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.id === wanted, id)) return;
  }
  throw new Error(`Could not reach #${id} by keyboard`);
}

/** The label of the focused control. */
function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '');
}

/**
 * Chooses an option with the keyboard as a person would: Tab into the group; in a radio group the
 * arrow keys move and select; checkboxes are reached with Tab and ticked with Space.
 */
async function chooseByKeyboard(page: Page, label: string) {
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const type = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type);
    if (type === 'radio') {
      for (let j = 0; j < 10 && (await focusedLabel(page)) !== label; j += 1) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
    } else if ((await focusedLabel(page)) === label) {
      await page.keyboard.press('Space');
    }
    if ((await focusedLabel(page)) === label) {
      await expect(page.getByLabel(label, { exact: true })).toBeChecked();
      return;
    }
  }
  throw new Error(`Could not reach "${label}" by keyboard`);
}

for (const lang of ['zh', 'en'] as const) {
  const prefix = lang === 'en' ? '/en' : '';
  const label = (zh: string, en: string) => (lang === 'en' ? en : zh);

  test(`${lang}: the questionnaire can be completed by keyboard alone, with axe clean on every step`, async ({ page }) => {
    // Seven axe runs and a keyboard walk through six screens: too long for the default 30 s on a 2-core machine.
    test.slow();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${prefix}/check/`);
    await expect(page.locator('#check-checklist')).toBeHidden();
    await expect(page.getByRole('heading', { name: label('孩子几岁？', 'How old is your child?') })).toBeVisible();
    await expectNoAxeViolations(page);
    const addressWhileAnswering = page.url();

    // From the top of the page, past the skip link, header and quick exit, to the first answer.
    await tabTo(page, 'q-age');
    await page.keyboard.type('１２'); // full-width digits, as a Chinese keyboard types them
    await page.keyboard.press('Enter');

    await expect(page.locator('.question__progress')).toHaveText(label('第2题，共6题', 'Question 2 of 6'));
    // After an answer, focus moves to the next question, so a screen reader announces it.
    await expect(page.getByRole('heading', { name: label('孩子的户口在哪里？', "Where is your child's household registration (hukou)?") })).toBeFocused();
    await expectNoAxeViolations(page);
    await chooseByKeyboard(page, label('外省市户籍（户口在外地）', 'Another province (hukou outside Shanghai)'));
    await page.keyboard.press('Enter');

    await expect(page.locator('.question__progress')).toHaveText(label('第3题，共6题', 'Question 3 of 6'));
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    await page.keyboard.type('40');
    await page.keyboard.press('Enter');

    await expectNoAxeViolations(page);
    await chooseByKeyboard(page, label('初中', 'Junior secondary school'));
    await page.keyboard.press('Enter');

    await expectNoAxeViolations(page);
    await chooseByKeyboard(page, label('不确定', 'Not sure'));
    await page.keyboard.press('Enter');

    await expectNoAxeViolations(page);
    await chooseByKeyboard(page, label('孩子有残疾', 'Disability'));
    await chooseByKeyboard(page, label('孩子有情绪或心理上的困扰', 'Emotional or psychological difficulties'));
    await page.keyboard.press('Enter');

    // While answering, the address did not change; the results put the answers in the fragment.
    expect(addressWhileAnswering).not.toContain('#');
    await expect(page.getByTestId('check-results')).toBeVisible();
    const fragment = 'age=12&hukou=other&months=40&stage=junior&insurance=unknown&needs=disability,psych';
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${fragment}`);
    expect(await shownServices(page)).toEqual(
      expectedServices({ age: 12, hukou: 'other', months: 40, stage: 'junior', insurance: 'unknown', needs: ['disability', 'psych'] }),
    );
    await expectNoAxeViolations(page);

    // No request, during answering or after, carries an answer.
    for (const url of requests) expect(url).not.toMatch(/disability|psych|junior|age=|needs=/u);
  });

  test(`${lang}: the home page's start button and the first question are within the first screen of a small phone`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${prefix}/`);
    const start = page.getByRole('link', { name: label('开始查一查', 'Start the check') });
    expect((await start.boundingBox())!.y + (await start.boundingBox())!.height).toBeLessThanOrEqual(740);
    await start.click();
    const input = page.getByLabel(label('年龄（岁）', 'Age (years)'));
    await expect(input).toBeVisible();
    const box = (await input.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  test(`${lang}: a shared link shows the same results at once`, async ({ page }) => {
    await page.goto(`${prefix}/check/#${contract}`);
    await expect(page.getByTestId('check-results')).toBeVisible();
    const shown = await shownServices(page);
    expect(shown).toEqual(expectedServices({ age: 9, hukou: 'other', months: 36, stage: 'primary', insurance: 'shanghai', needs: ['disability', 'dibao'] }));
    // Read by a person: the disability services are there, the under-7 ones are not.
    expect(shown).toContain('25:likely');
    expect(shown).toContain('27:check');
    expect(shown).toContain('31:likely');
    expect(shown.some((s) => s.startsWith('1:'))).toBe(false);
    // Nothing else inside the results carries data-service.
    await expect(page.locator('[data-testid="check-results"] [data-service]')).toHaveCount(shown.length);
    // "Why not" for the rest is one tap away.
    await page.locator('.why-not summary').click();
    await expect(page.locator('.why-not')).toContainText(label('0-6岁', 'aged 0–6'));
    // English reasons quote the English version of the plan's words: no Chinese in them.
    if (lang === 'en') expect(await page.locator('.why-not').innerText()).not.toMatch(/\p{Script=Han}/u);
  });
}

test('changing an answer from the results goes straight back to the results', async ({ page }) => {
  await page.goto(`/check/#${contract}`);
  // The answers follow the results, folded.
  await page.locator('.answers-fold > summary', { hasText: '您的回答' }).click();
  await page.getByRole('button', { name: '修改 年龄' }).click();
  const age = page.getByLabel('年龄（岁）');
  await expect(age).toHaveValue('9');
  await age.fill('4');
  await page.getByRole('button', { name: '继续' }).click();
  // 36 months is impossible at 4 (at most 59), so it stays; stage is still primary: the results follow.
  await expect(page.getByTestId('check-results')).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe(`#${contract.replace('age=9', 'age=4')}`);
});

test('an empty answer gets a clear message, linked to the field', async ({ page }) => {
  await page.goto('/en/check/');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText("Enter your child's age: a whole number from 0 to 17");
  await expect(page.getByLabel('Age (years)')).toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toBeFocused();
  await summary.getByRole('link').click();
  await expect(page.getByLabel('Age (years)')).toBeFocused();
  await expect.poll(() => new URL(page.url()).hash).toBe('');
  await expectNoAxeViolations(page);
});

test('the skip link on the results leaves the answers and the address alone', async ({ page }) => {
  await page.goto(`/check/#${contract}`);
  await expect(page.getByTestId('check-results')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page.getByTestId('check-results')).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe(`#${contract}`);
});

test('a link that lacks answers says which, and asks them', async ({ page }) => {
  await page.goto('/en/check/#age=9&hukou=other');
  const notice = page.locator('.check-app [role="status"]');
  await expect(notice).toContainText('The link lacks these answers: Months in Shanghai without a break, School stage, Medical insurance, Special situations.');
  await expect(notice).toBeFocused();
  await expect(page.locator('.question__title')).toHaveText('How many months has your child lived in Shanghai without a break?');
  await expectNoAxeViolations(page);
});

test('the hotlines stay in view while answering', async ({ page }) => {
  await page.goto('/check/');
  for (const number of ['962525', '12355', '12338']) {
    await expect(page.locator(`.check-app a[href="tel:${number}"]`)).toBeVisible();
  }
});

const badLinks: [name: string, fragment: string, resumesAt: string, says: string][] = [
  ['a word for the age', contract.replace('age=9', 'age=abc'), '孩子几岁？', '“年龄”这一项的回答看不懂'],
  ['a negative age', contract.replace('age=9', 'age=-3'), '孩子几岁？', '“年龄”这一项的回答看不懂'],
  ['an unknown stage', contract.replace('stage=primary', 'stage=zzz'), '孩子现在在哪里上学或入托？', '“上学阶段”这一项的回答看不懂'],
  ['an unknown need', contract.replace('dibao', 'flying'), '孩子或家里有下面这些情况吗？', '“特殊情况”这一项的回答看不懂'],
  ['months beyond the age', contract.replace('months=36', 'months=200'), '孩子在上海连续住了多少个月？', '“在上海连续居住”这一项的回答看不懂'],
  ['a repeated key', `${contract}&age=10`, '孩子几岁？', '“年龄”出现了不止一次'],
  ['broken percent-encoding', contract.replace('stage=primary', 'stage=%E0%A4%A'), '孩子现在在哪里上学或入托？', '“上学阶段”这一项的回答看不懂'],
  ['markup', contract.replace('stage=primary', 'stage=<img src=x onerror=alert(1)>'), '孩子现在在哪里上学或入托？', '“上学阶段”这一项的回答看不懂'],
  ['script in a key', `${contract}&<script>alert(1)</script>=1`, '', '链接里有1处本站看不懂的内容，已经忽略，不在这里显示。'],
  ['a script address', contract.replace('stage=primary', 'stage=javascript:alert(1)'), '孩子现在在哪里上学或入托？', '“上学阶段”这一项的回答看不懂'],
  [
    'markup that closes an attribute',
    contract.replace('hukou=other', `hukou=${encodeURIComponent('"><script>alert(1)</script>')}`),
    '孩子的户口在哪里？',
    '“户籍”这一项的回答看不懂',
  ],
  // Only the first 2,000 characters are read, so the answers after it are missing too, and said so.
  [
    'a 10,000-character value',
    contract.replace('stage=primary', `stage=${'x'.repeat(10_000)}`),
    '孩子现在在哪里上学或入托？',
    '链接里还缺这些回答：医疗保险、特殊情况',
  ],
  ['an emoji for the age', contract.replace('age=9', `age=${encodeURIComponent('👶🏻')}`), '孩子几岁？', '“年龄”这一项的回答看不懂'],
  [
    'a family emoji for the needs',
    contract.replace('disability,dibao', encodeURIComponent('👨‍👩‍👧')),
    '孩子或家里有下面这些情况吗？',
    '“特殊情况”这一项的回答看不懂',
  ],
  [
    'a right-to-left override in a value',
    contract.replace('stage=primary', `stage=${encodeURIComponent('\u202e')}primary`),
    '孩子现在在哪里上学或入托？',
    '“上学阶段”这一项的回答看不懂',
  ],
  [
    'direction controls in a key (counted, not shown)',
    `${contract}&${encodeURIComponent('\u202eevil\u2066')}=1`,
    '',
    '链接里有1处本站看不懂的内容，已经忽略，不在这里显示。',
  ],
  ['a lone percent sign', contract.replace('stage=primary', 'stage=%'), '孩子现在在哪里上学或入托？', '“上学阶段”这一项的回答看不懂'],
  ['a percent sign without hex digits', contract.replace('stage=primary', 'stage=%zz'), '孩子现在在哪里上学或入托？', '“上学阶段”这一项的回答看不懂'],
  ['a character cut off half way', contract.replace('stage=primary', 'stage=%E4%B8'), '孩子现在在哪里上学或入托？', '“上学阶段”这一项的回答看不懂'],
  ['broken percent-encoding in a key (counted, not shown)', `${contract}&%zz=1`, '', '链接里有1处本站看不懂的内容，已经忽略，不在这里显示。'],
];

for (const [name, fragment, resumesAt, says] of badLinks) {
  test(`a link with ${name} says what was not understood and never runs anything`, async ({ page }) => {
    const harm: string[] = [];
    page.on('pageerror', (error) => harm.push(`error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') harm.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      harm.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.goto(`/check/#${fragment}`);
    const notice = page.locator('.check-app [role="status"]');
    await expect(notice).toContainText(says);
    // Nothing from the link may reorder the message it is shown in.
    await expect(notice).not.toContainText(/[\u202a-\u202e\u2066-\u2069]/u);
    if (resumesAt) {
      await expect(page.getByTestId('check-results')).toHaveCount(0);
      await expect(page.locator('.question__title')).toHaveText(resumesAt);
    } else {
      await expect(page.getByTestId('check-results')).toBeVisible();
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);
    expect(await page.locator('script').evaluateAll((scripts) => scripts.some((s) => s.textContent?.includes('alert(1)')))).toBe(false);
    expect(harm).toEqual([]);
  });
}

test('a forged link cannot put words on the page: the results show, and only how many parts were ignored', async ({ page }) => {
  const forged = [
    contract,
    `${encodeURIComponent('官方通知：您的孩子可领取2025年流动儿童补贴')}=1`,
    `${encodeURIComponent('请立即拨打4008123456或添加微信')}=1`,
    `${encodeURIComponent('提供身份证号码和银行卡号')}=1`,
  ].join('&');
  await page.goto(`/check/#${forged}`);
  await expect(page.getByTestId('check-results')).toBeVisible();
  await expect(page.locator('.check-app [role="status"]')).toContainText('链接里有3处本站看不懂的内容，已经忽略，不在这里显示。');
  const shown = await page.locator('body').innerText();
  expect(shown).not.toMatch(/官方通知|4008123456|银行卡|微信…/u);
  await expect(page.locator('a[href*="4008123456"]')).toHaveCount(0);
});

test('a link with full-width digits opens the results, and the address is rewritten in ordinary digits', async ({ page }) => {
  await page.goto(`/check/#${contract.replace('age=9', 'age=９').replace('months=36', 'months=３６')}`);
  await expect(page.getByTestId('check-results')).toBeVisible();
  await expect(page.locator('.check-app [role="status"]')).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).hash).toBe(`#${contract}`);
});

test('a link that stops half way resumes at the first unanswered question, then goes to the results', async ({ page }) => {
  await page.goto('/check/#age=9&hukou=other&stage=primary&insurance=none&needs=none');
  await expect(page.locator('.question__title')).toHaveText('孩子在上海连续住了多少个月？');
  await page.getByLabel('月数').fill('24');
  await page.getByRole('button', { name: '继续' }).click();
  await expect(page.getByTestId('check-results')).toBeVisible();
  await expect.poll(() => new URL(page.url()).hash).toBe('#age=9&hukou=other&months=24&stage=primary&insurance=none&needs=none');
});

test('English links that are broken get the message in English', async ({ page }) => {
  await page.goto(`/en/check/#${contract.replace('stage=primary', 'stage=<b>x</b>')}`);
  await expect(page.locator('.check-app [role="status"]')).toContainText("The link's answer to “School stage” was not understood.");
  await expect(page.locator('.question__title')).toHaveText('Where does your child go to school or nursery now?');
  await expect(page.locator('main b')).toHaveCount(0);
});

test('quick exit from a question step also leaves no way back', async ({ page }) => {
  await page.goto('/en/services/');
  await page.goto('/en/check/');
  await page.getByLabel('Age (years)').fill('5');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('button', { name: 'Exit this page' }).click();
  await expect(page).toHaveURL(/\/en\/$/u);
  await page.goBack();
  await expect(page).toHaveURL(/\/en\/services\/$/u);
});

for (const [path, name] of [
  ['/check/', 'quick exit clears the answers and leaves no way back to them'],
  ['//check/', 'quick exit from //check/ (a doubled slash, which static hosts serve) still leaves, with no answers left in the address'],
] as const) {
  test(name, async ({ page }) => {
    await page.goto('/services/');
    // A whole URL, so that //check/ is not read as a host called "check".
    await page.goto(`${new URL(page.url()).origin}${path}#${contract}`);
    await expect(page.getByTestId('check-results')).toBeVisible();
    await page.getByRole('button', { name: '快速离开' }).click();
    await expect(page).toHaveURL(/\/$/u);
    await page.goBack();
    await expect(page).toHaveURL(/\/services\/$/u);
    expect(page.url()).not.toContain('needs=');
  });
}

test.describe('a doubled slash in the address (//check/, which static hosts serve)', () => {
  /** The site's origin, so that //check/ is not read as a host called "check". */
  const origin = async (page: import('./test.ts').Page) => {
    await page.goto('/services/');
    return new URL(page.url()).origin;
  };

  test('"clear my answers" still takes them out of the address', async ({ page }) => {
    await page.goto(`${await origin(page)}//check/#${contract}`);
    await page.getByRole('button', { name: '清除我的回答' }).click();
    await expect(page.locator('.question__title')).toHaveText('孩子几岁？');
    await expect.poll(() => new URL(page.url()).hash).toBe('');
  });

  test('//search/?q= still searches, and moves the query into the fragment', async ({ page }) => {
    await page.goto(`${await origin(page)}//search/?q=${encodeURIComponent('家暴')}`);
    await expect(page.getByTestId('crisis-answer')).toHaveAttribute('data-tier', 'danger');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe(`#q=${encodeURIComponent('家暴')}`);
  });
});

test('"clear my answers" removes them from the address and starts again', async ({ page }) => {
  await page.goto(`/check/#${contract}`);
  await page.getByRole('button', { name: '清除我的回答' }).click();
  await expect(page.locator('.question__title')).toHaveText('孩子几岁？');
  await expect.poll(() => new URL(page.url()).hash).toBe('');
});

test('a 16-year-old in senior high is not turned away', async ({ page }) => {
  await page.goto('/check/#age=16&hukou=other&months=100&stage=senior&insurance=shanghai&needs=none');
  const shown = await shownServices(page);
  expect(shown).toEqual(expect.arrayContaining(['11:check', '12:check', '13:check']));
  await expect(page.locator('[data-service="11"]')).toContainText('不满16周岁');
});
