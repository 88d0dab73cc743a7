import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findLocaleProblems } from '../../src/lib/findLocaleProblems.ts';
import en from '../../src/locales/en.json';
import zhCN from '../../src/locales/zh-CN.json';

describe('findLocaleProblems', () => {
  it('finds nothing wrong with matching files', () => {
    expect(findLocaleProblems('zh', { 'a.b': '甲{{n}}' }, 'en', { 'a.b': 'A {{n}}' })).toEqual([]);
  });

  it('reports a missing key, an extra key, an empty string and a lost placeholder', () => {
    const problems = findLocaleProblems('zh', { 'a.b': '甲', 'c.d': '乙{{n}}' }, 'en', { 'c.d': 'B', 'e.f': ' ' });
    expect(problems).toEqual([
      'en: "e.f" is not in zh',
      'en: "e.f" must be non-empty text',
      'en: "a.b" is missing (zh has it)',
      'en: "c.d" must use the placeholders n',
    ]);
  });
});

describe('the locale files', () => {
  it('have the same keys, all with text and the same placeholders', () => {
    expect(findLocaleProblems('zh-CN.json', zhCN, 'en.json', en)).toEqual([]);
  });

  it('are flat: every key maps to a string', () => {
    for (const strings of [zhCN, en]) {
      for (const value of Object.values(strings)) expect(typeof value).toBe('string');
    }
  });

  it('have a string for every key the site uses', () => {
    const srcDir = fileURLToPath(new URL('../../src/', import.meta.url));
    const files = readdirSync(srcDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(astro|ts|tsx)$/u.test(f));
    const used = new Set<string>();
    for (const file of files) {
      const source = readFileSync(`${srcDir}${file}`, 'utf8');
      for (const match of source.matchAll(/\bt(?:Other)?\('([\w.]+)'/gu)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const key of used) expect(zhCN, key).toHaveProperty([key]);
  });
});

describe('the questionnaire strings', () => {
  it('exist in both languages for every question, option, verdict and reason the island builds a key for', async () => {
    const { questionIds, hukouValues, stageValues, insuranceValues, needValues } = await import('../../src/lib/eligibility/answers.ts');
    const keys = [
      ...questionIds.flatMap((q) => ['title', 'hint', 'short', 'error'].map((part) => `check.q.${q}.${part}`)),
      ...['age', 'months'].map((q) => `check.q.${q}.label`),
      ...hukouValues.map((v) => `check.hukou.${v}`),
      ...stageValues.map((v) => `check.stage.${v}`),
      ...insuranceValues.map((v) => `check.insurance.${v}`),
      ...insuranceValues.map((v) => `check.reason.insurance.${v}`),
      ...needValues.map((v) => `check.needs.${v}`),
      ...['likely', 'check'].flatMap((v) => [`check.verdict.${v}`, `check.next.${v}`]),
      ...['target', 'name', 'content', 'measure'].map((source) => `check.cite.${source}`),
      ...['age', 'stage', 'needs'].flatMap((kind) => [`check.reason.${kind}.met`, `check.reason.${kind}.notMet`]),
      'check.reason.age.later',
      'check.reason.stage.later',
      'check.reason.stage.toConfirm',
      ...stageValues.flatMap((v) => [`check.stageNow.${v}`, `check.stageName.${v}`]),
      ...stageValues.filter((v) => v !== 'none').flatMap((v) => [`check.when.${v}`, `check.comingUp.stage.${v}`]),
      'check.reason.qualifier.met',
      'check.reason.qualifier.open',
      'check.reason.qualifier.mentioned',
      ...['shanghaiHukou', 'hukouUnknown', 'underSixMonths', 'sixteenOrOlder'].flatMap((why) => [`check.reason.scope.${why}`, `check.brief.scope.${why}`]),
      ...['invalid', 'repeated', 'unknownKeys', 'resume'].map((kind) => `check.link.${kind}`),
    ];
    for (const key of keys) {
      expect(zhCN, key).toHaveProperty([key]);
      expect(en, key).toHaveProperty([key]);
    }
  });
});
