/**
 * Every number a family might dial, in the words the site says itself (content/ and the locale
 * files, but for the plan's verbatim fields), is a line the site lists or stands in a page the site
 * has read. The checks run on the real files, and on an in-memory copy broken as an editor might.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findUnlistedNumbers, phoneLikeNumbers, textsToCheck } from '../../src/lib/content/findUnlistedNumbers.ts';
import { contentDir } from './sourceFile.ts';

type Json = any;

const contentFiles: Record<string, Json> = Object.fromEntries(
  readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.json'))
    .map((name) => [`content/${name.split('\\').join('/')}`, JSON.parse(readFileSync(join(contentDir, name), 'utf8'))]),
);
const localeFiles: Record<string, Record<string, string>> = Object.fromEntries(
  ['zh-CN', 'en'].map((name) => [`src/locales/${name}.json`, JSON.parse(readFileSync(new URL(`../../src/locales/${name}.json`, import.meta.url), 'utf8'))]),
);

/** The problems in a copy of the files, changed first as `change` says. */
function problemsAfter(change: (files: { content: Record<string, Json>; locales: Record<string, Record<string, string>> }) => void = () => {}) {
  const files = structuredClone({ content: contentFiles, locales: localeFiles });
  change(files);
  const known = { hotlines: files.content['content/hotlines.json'], sources: files.content['content/sources.json'] };
  return findUnlistedNumbers(textsToCheck(files.content, files.locales), known);
}

describe('phoneLikeNumbers', () => {
  it.each([
    ['拨打12345询问', ['12345']],
    ['外地手机请拨 021-12345。', ['02112345']],
    ['Call 962525 or 12355, or 12338.', ['962525', '12355', '12338']],
    ['139 0000 0000', ['13900000000']],
    ['（或021-962525）', ['021962525']],
  ])('finds the numbers to dial in %s', (text, digits) => {
    expect(phoneLikeNumbers(text).map((found) => found.digits)).toEqual(digits);
  });

  it.each([
    ['a date', '本站读取于 2026-12-07'],
    ['a date in Chinese', '2021年6月1日起试行'],
    ['a number grouped in thousands', 'A total of 500,000 digital tickets'],
    ['money', '补贴10000元，或 ¥12000'],
    ['a share', '覆盖率达到100000%'],
    ['a count', '全市12000人参加'],
    ['a decimal', '121.48123'],
    ['a web address', 'https://english.shanghai.gov.cn/en-Healthcare/20240412/2538ce3333f54f6db682a0cbb0151666.html'],
    ['too short', '拨打110、120，第1234项'],
    ['too long for a phone number', '310101002003'],
  ])('leaves out %s', (_, text) => {
    expect(phoneLikeNumbers(text)).toEqual([]);
  });
});

describe('numbers in the site’s own words', () => {
  it('reads the texts of every content file and both locale files', () => {
    const wheres = textsToCheck(contentFiles, localeFiles).map((text) => text.where);
    expect(wheres).toContain('content/services/34.json, zh.summary');
    expect(wheres).toContain('content/hotlines.json, 6.officialRole.zh');
    expect(wheres).toContain('src/locales/en.json, "hotlines.noNumber"');
    // The plan's own words are compared with the plan, misprint and all.
    expect(wheres).not.toContain('content/services/34.json, zh.content');
    expect(wheres).not.toContain('content/measures.json, 20.zh.text');
  });

  it('are all lines the site lists, their 021 forms, or numbers a page read on record gives', () => {
    expect(problemsAfter()).toEqual([]);
  });

  it('catch a summary that says 12354 for 12355, which every other check lets through', () => {
    expect(
      problemsAfter(({ content }) => {
        const summary = content['content/services/34.json'].zh;
        summary.summary = summary.summary.replace('12355', '12354');
      }),
    ).toEqual([expect.stringMatching(/^content\/services\/34\.json, zh\.summary: 12354 is not a line in content\/hotlines\.json/u)]);
  });

  it('catch a wrong number in a locale string, and a wrong 021 form', () => {
    expect(
      problemsAfter(({ locales }) => {
        const en = locales['src/locales/en.json']!;
        en['hotlines.noNumber'] = 'Call 12346 to ask how to use it.';
        en['call.areaCodeWhyGeneral'] = 'To reach the Shanghai line, call 021-12346.';
      }),
    ).toEqual([
      expect.stringMatching(/^src\/locales\/en\.json, "call\.areaCodeWhyGeneral": 021-12346 is not a line/u),
      expect.stringMatching(/^src\/locales\/en\.json, "hotlines\.noNumber": 12346 is not a line/u),
    ]);
  });

  it("allow the list's misprint 12388 only where the same words give 12338, the number it stands for", () => {
    expect(
      problemsAfter(({ content }) => {
        const summary = content['content/services/34.json'].zh;
        summary.summary = summary.summary.replace('12338', '12388');
      }),
    ).toEqual([expect.stringMatching(/^content\/services\/34\.json, zh\.summary: 12388 is not a line/u)]);
  });

  it('allow a number once a page read on record gives it', () => {
    const text = [{ where: 'content/next-steps/3.json, where.0.zh', text: '打电话 021-55550101 预约' }];
    const page = { id: 'example', excerpts: ['Call 021-5555 0101 to book.'] };
    expect(findUnlistedNumbers(text, { hotlines: [], sources: [] })).toHaveLength(1);
    expect(findUnlistedNumbers(text, { hotlines: [], sources: [page] })).toEqual([]);
  });
});
