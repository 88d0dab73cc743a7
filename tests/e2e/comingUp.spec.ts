/**
 * What the child cannot be in yet is not a result: a toddler and a 4-year-old in kindergarten see
 * compulsory education under "coming up", and a 5-year-old not in school is asked to confirm it.
 * Families type answers their own way, and may not know the household registration.
 */
import { axeViolations } from '../support/axe.ts';
import { expect, test, type Page } from './test.ts';

const compulsory = ['7', '8', '9', '10'];
const link = (answers: string) => `#${answers}&hukou=other&insurance=shanghai&needs=none`;

async function resultNumbers(page: Page): Promise<string[]> {
  await expect(page.getByTestId('check-results')).toBeVisible();
  return page.locator('[data-testid="check-results"] [data-service]').evaluateAll((elements) => elements.map((e) => e.getAttribute('data-service') ?? ''));
}

for (const lang of ['zh', 'en'] as const) {
  const prefix = lang === 'en' ? '/en' : '';
  const label = <T>(zh: T, en: T): T => (lang === 'en' ? en : zh);

  for (const [who, answers] of [
    ['a toddler of 2 in nursery', 'age=2&months=24&stage=nursery'],
    ['a 4-year-old in kindergarten', 'age=4&months=40&stage=kindergarten'],
  ] as const) {
    test(`${lang}: ${who} sees compulsory education under "coming up", not among the results`, async ({ page }) => {
      await page.goto(`${prefix}/check/${link(answers)}`);
      const shown = await resultNumbers(page);
      for (const number of compulsory) expect(shown, `service ${number}`).not.toContain(number);
      const comingUp = page.getByTestId('coming-up');
      // Folded under one line that names it and counts what is inside.
      await expect(comingUp.locator('summary')).toHaveText(label(/^孩子长大一些才能用的服务（\d+项）$/u, /^Services for when your child is older \(\d+\)$/u));
      await comingUp.locator('summary').click();
      for (const number of compulsory) await expect(comingUp.locator(`[data-service="${number}"]`)).toBeVisible();
      // Outside the results, under the moment it opens, with the way to prepare.
      await expect(page.locator('[data-testid="check-results"] [data-testid="coming-up"]')).toHaveCount(0);
      await expect(comingUp).toContainText(label('孩子上小学时', 'When your child starts primary school'));
      await expect(comingUp.locator('[data-service="7"] a')).toHaveAttribute('href', `${prefix}/services/7/#next-steps-title`);
      // Not "why not" either: nothing there says the child does not fit compulsory education.
      await expect(page.locator('.why-not [href$="/services/7/"]')).toHaveCount(0);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test(`${lang}: a 5-year-old not in school is asked to confirm compulsory education`, async ({ page }) => {
    await page.goto(`${prefix}/check/${link('age=5&months=60&stage=none')}`);
    await expect(page.getByTestId('check-results')).toBeVisible();
    for (const number of ['7', '8', '9']) {
      await expect(page.locator(`[data-testid="check-results"] [data-service="${number}"]`)).toHaveAttribute('data-verdict', 'check');
    }
    const eight = page.locator('[data-testid="check-results"] [data-service="8"]');
    await expect(eight.locator('.verdict')).toContainText(label('孩子现在没有上学，也没有入托，要确认', 'Your child is not in school or nursery: to confirm'));
    await expect(page.locator('[data-testid="coming-up"] [data-service="8"]')).toHaveCount(0);
  });

  test(`${lang}: answers typed in words are understood, and "not sure" about the household registration is asked to confirm`, async ({ page }) => {
    await page.goto(`${prefix}/check/`);
    await page.getByLabel(label('年龄（岁）', 'Age (years)')).fill('四岁');
    await page.getByRole('button', { name: label('继续', 'Continue') }).click();
    await page.getByLabel(label('不确定', 'Not sure'), { exact: true }).check();
    await page.getByRole('button', { name: label('继续', 'Continue') }).click();
    await page.getByLabel(label('月数', 'Months')).fill(label('一年半', '1 year 6 months'));
    await page.getByRole('button', { name: label('继续', 'Continue') }).click();
    await page.getByLabel(label('幼儿园', 'Kindergarten'), { exact: true }).check();
    await page.getByRole('button', { name: label('继续', 'Continue') }).click();
    await page.getByLabel(label('不确定', 'Not sure'), { exact: true }).check();
    await page.getByRole('button', { name: label('继续', 'Continue') }).click();
    await page.getByLabel(label('都没有', 'None of these'), { exact: true }).check();
    await page.getByRole('button', { name: label('继续', 'Continue') }).click();
    await expect(page.getByTestId('check-results')).toBeVisible();
    await expect.poll(() => new URL(page.url()).hash).toContain('age=4&hukou=unknown&months=18&stage=kindergarten');
    // Service 1 (0-6岁) would be "likely"; not knowing the household registration makes it "check", saying why.
    const one = page.locator('[data-testid="check-results"] [data-service="1"]');
    await expect(one).toHaveAttribute('data-verdict', 'check');
    await expect(one.locator('.verdict')).toContainText(label('户籍不确定，要确认', 'Not sure about hukou: to confirm'));
  });
}

test('en: every reason on the results, coming up and why not reads in English, with no Chinese', async ({ page }) => {
  await page.goto('/en/check/#age=16&hukou=unknown&months=3&stage=none&insurance=unknown&needs=disability,housing,job,psych');
  await expect(page.getByTestId('check-results')).toBeVisible();
  for (const fold of await page.locator('.result__more, .why-not, .coming-up').all()) await fold.locator('summary').first().click();
  const reasons = await page.locator('.reasons, .verdict, .coming-up').allInnerTexts();
  expect(reasons.length).toBeGreaterThan(20);
  for (const text of reasons) expect(text).not.toMatch(/\p{Script=Han}/u);
});
