import { describe, expect, it } from 'vitest';
import { phraseMatch } from '../../src/lib/search/comparePhrases.ts';
import { createSearch, createSearchInSlices, withDigitNumerals } from '../../src/lib/search/createSearch.ts';
import { searchIndexVersion, type SearchIndexFile } from '../../src/lib/search/indexFile.ts';
import { enSearch, siteIndex, topTargets, zhSearch } from './siteSearch.ts';

/** A tiny fictional index, so a ranking rule can be shown on its own. */
function tinyIndex(): SearchIndexFile {
  const doc = (target: string, names: string[], terms: string[] = [], text: string[] = []) => ({
    target,
    label: { title: names[0]!, detail: '' },
    names,
    terms,
    text,
  });
  return {
    version: searchIndexVersion,
    lang: 'zh-CN',
    readings: { mian: '免', yi: '疫', miao: '苗', jie: '接', zhong: '种', ya: '牙', chi: '齿' },
    documents: [
      doc('service:1', ['免疫接种', 'Immunisation'], ['打疫苗']),
      doc('service:2', ['牙齿'], [], ['也提到疫苗接种的一段长文字']),
      doc('measure:1', ['第1条'], [], ['免疫接种 疫苗']),
    ],
  };
}

describe('phraseMatch', () => {
  it('scores equal phrases highest, then one inside the other', () => {
    expect(phraseMatch('疫苗', '疫苗')).toBe(1);
    expect(phraseMatch('疫苗', '打疫苗')).toBeGreaterThan(phraseMatch('孩子打疫苗去哪里', '打疫苗'));
    expect(phraseMatch('孩子打疫苗去哪里', '打疫苗')).toBeGreaterThan(0);
    expect(phraseMatch('心理', '牙齿')).toBe(0);
  });

  it('matches numbers only whole or by their start', () => {
    expect(phraseMatch('123', '12355')).toBeGreaterThan(0);
    expect(phraseMatch('12388', '12')).toBe(0);
    expect(phraseMatch('12388', '12338')).toBe(0);
  });
});

describe('createSearch on a small index', () => {
  const search = createSearch(tinyIndex());
  const top = (query: string) => search.search(query).results.map((r) => r.document.target);

  it('puts the official name before a passing mention', () => {
    expect(top('免疫接种')[0]).toBe('service:1');
  });

  it('finds a page by a curated term inside a longer question', () => {
    expect(top('孩子打疫苗去哪里')[0]).toBe('service:1');
  });

  it('finds a page by pinyin and by initials made on the device', () => {
    expect(top('yimiao')[0]).toBe('service:1');
    expect(top('myjz')[0]).toBe('service:1');
  });

  it('answers nothing for an empty query or one nothing matches', () => {
    expect(search.search('   ').results).toEqual([]);
    expect(search.search('zzzzqqq').results).toEqual([]);
  });
});

describe('createSearch with English words', () => {
  /** Twenty pages: five grants named "… aid", one on the law, one on car accidents, one on health care, the rest filler. */
  function englishIndex(): SearchIndexFile {
    const doc = (target: string, name: string, terms: string[] = []) => ({ target, label: { title: name, detail: '' }, names: [name], terms, text: [] });
    const grants = ['Kindergarten aid', 'Primary school aid', 'Middle school aid', 'High school aid', 'Vocational school aid'];
    return {
      version: searchIndexVersion,
      lang: 'en',
      readings: {},
      documents: [
        ...grants.map((name, i) => doc(`service:${i + 1}`, name)),
        doc('service:6', 'Judicial protection', ['legal help', 'court case']),
        doc('service:7', 'Temporary assistance', ['car accident']),
        doc('service:8', 'Child health care'),
        doc('service:9', 'Vaccination', ['vaccine']),
        ...Array.from({ length: 11 }, (_, i) => doc(`page:filler${i}`, `Filler page ${i}`)),
      ],
    };
  }
  const search = createSearch(englishIndex());
  const top = (query: string) => search.search(query).results.map((r) => r.document.target);

  it('counts a general word only beside a rarer word of the query', () => {
    // "aid" names five pages of twenty: alone it finds them all, but "legal aid" is about the law.
    expect(top('aid')).toHaveLength(5);
    expect(top('legal aid')).toEqual(['service:6']);
  });

  it('matches a whole word only as itself, never the start of a longer one', () => {
    expect(top('car')).toEqual(['service:7']);
  });

  it('still finds a word being typed, or misspelt, by its start or a letter away', () => {
    expect(top('vacc')[0]).toBe('service:9');
    expect(top('vaccnie')[0]).toBe('service:9');
  });
});

describe('the site search', () => {
  it.each([
    ['打疫苗', 'service:3'],
    ['预防接种', 'service:3'],
    ['自闭症', 'service:2'],
    ['孤独症', 'service:2'],
    ['蛀牙', 'service:18'],
    ['近视', 'service:17'],
    ['低保', 'service:27'],
    ['医保', 'service:19'],
    ['孩子打疫苗去哪里', 'service:3'],
  ])('finds what parents mean by %s first', (query, target) => {
    expect(topTargets(zhSearch, query, 1)).toEqual([target]);
  });

  it.each([
    ['发烧', 'service:1'],
    ['看病', 'service:19'],
    ['住院', 'service:20'],
    ['没钱', 'service:29'],
    ['读书补助', 'service:12'],
    ['心里难受', 'service:34'],
    ['压力大', 'hotline:962525'],
    ['打架', 'hotline:12355'],
    ['律师', 'service:33'],
    ['法律援助', 'service:33'],
    ['打官司', 'service:33'],
    ['抚养权', 'service:33'],
    ['户口在老家', 'service:27'],
  ])('leads the everyday words of trouble and need, such as %s, to the pages that answer them', (query, target) => {
    expect(topTargets(zhSearch, query, 3)).toContain(target);
  });

  it('leads English words about the law to judicial protection, not to school grants', () => {
    for (const query of ['lawyer', 'legal aid', 'custody']) expect(topTargets(enSearch, query, 1)).toEqual(['service:33']);
    expect(topTargets(enSearch, 'legal aid', 20)).not.toContain('service:6');
  });

  it('puts the service before the measure that mentions the same thing', () => {
    // Measure 8's text holds 疫苗接种 and 查漏补种 word for word, as service 3's does.
    for (const query of ['免疫接种', '疫苗接种', '查漏补种']) expect(topTargets(zhSearch, query, 1)).toEqual(['service:3']);
  });

  it('puts the number to call first for a crisis or an emergency', () => {
    expect(topTargets(zhSearch, '自杀', 1)).toEqual(['hotline:962525']);
    expect(topTargets(zhSearch, '孩子走失了怎么办', 1)).toEqual(['hotline:110']);
    expect(topTargets(zhSearch, '受伤', 1)).toEqual(['hotline:120']);
    expect(topTargets(enSearch, 'lost child', 1)).toEqual(['hotline:110']);
  });

  it('does not pass a query sharing one character with a page off as an answer', () => {
    // 烧烤 (a barbecue) shares only 烧 (of 发烧) with the pages: no answer, so the page offers the other ways instead.
    const barbecue = zhSearch.search('烧烤');
    expect(barbecue.results.length === 0 || barbecue.weak).toBe(true);
    // A typo finds its page, labelled as possibly related; a real word is an answer.
    expect(zhSearch.search('疫描').weak).toBe(true);
    expect(zhSearch.search('蛀牙').weak).toBe(false);
    // Words no page uses, nor any word close to them, find nothing.
    expect(enSearch.search('kill myself').results).toEqual([]);
  });

  it('ignores the question words around what is asked', () => {
    expect(topTargets(zhSearch, '请问孩子打疫苗去哪里呢', 1)).toEqual(['service:3']);
    expect(topTargets(enSearch, 'how do i get a vaccine for my kid', 1)).toEqual(['service:3']);
  });

  it('reads a hotline number with the 021 area code the site offers', () => {
    expect(topTargets(zhSearch, '02112355', 1)).toEqual(['hotline:12355']);
    expect(topTargets(zhSearch, '021-12338', 1)).toEqual(['hotline:12338']);
  });

  it('understands pinyin, full and initials', () => {
    expect(topTargets(zhSearch, 'yimiao', 1)).toEqual(['service:3']);
    expect(topTargets(zhSearch, 'xinli', 3)).toContain('service:34');
    expect(topTargets(zhSearch, 'dibao', 1)).toEqual(['service:27']);
  });

  it('forgives a wrong character, including one that sounds the same', () => {
    expect(topTargets(zhSearch, '自闭证', 1)).toEqual(['service:2']);
    expect(topTargets(zhSearch, '疫描', 1)).toEqual(['service:3']);
    expect(topTargets(zhSearch, '普发', 3)).toContain('service:32');
  });

  it('puts the page that sounds like a misspelt query before pages sharing one of its characters', () => {
    // 普发 is 普法 (item 32) typed with the wrong character, not 普通高中 (item 11) by its 普.
    expect(topTargets(zhSearch, '普发', 1)).toEqual(['service:32']);
  });

  it('puts the pages a query names word for word before one whose longer name holds it', () => {
    // Items 16 and 17 are named 健康服务; item 34, 心理健康服务, only holds those words.
    expect(topTargets(zhSearch, '健康服务', 2).sort()).toEqual(['service:16', 'service:17']);
    // The questionnaire is named "What can my child get?"; item 1 only uses "child" in every field.
    expect(topTargets(enSearch, 'what can my child get', 1)).toEqual(['page:check']);
  });

  it('forgives an English typo', () => {
    expect(topTargets(enSearch, 'vacine', 1)).toEqual(['service:3']);
  });

  it('understands English on both language sides', () => {
    expect(topTargets(zhSearch, 'vaccine', 1)).toEqual(['service:3']);
    expect(topTargets(enSearch, 'vaccine', 1)).toEqual(['service:3']);
    expect(topTargets(enSearch, 'autism', 1)).toEqual(['service:2']);
  });

  it('finds a hotline by its number, and part of a number', () => {
    expect(topTargets(zhSearch, '12355', 1)).toEqual(['hotline:12355']);
    expect(topTargets(zhSearch, '962525', 1)).toEqual(['hotline:962525']);
    expect(topTargets(zhSearch, '123', 5)).toEqual(expect.arrayContaining(['hotline:12355', 'hotline:12338', 'hotline:12345']));
  });

  it('does not pass one phone number off as another', () => {
    // Item 34 prints 12388 where measure 21 gives 12338; the search finds item 34, whose page explains.
    expect(topTargets(zhSearch, '12388', 1)).toEqual(['service:34']);
    expect(topTargets(zhSearch, '12388', 20)).not.toContain('hotline:12338');
  });

  it('puts a service first when its number is asked for', () => {
    expect(zhSearch.search('第34项').serviceNumber).toBe(34);
    expect(topTargets(zhSearch, '第34项', 1)).toEqual(['service:34']);
    expect(topTargets(zhSearch, '３４', 1)).toEqual(['service:34']);
    expect(zhSearch.search('99').serviceNumber).toBeUndefined();
  });

  it('reads a service number written in Chinese numerals or English words', () => {
    expect(topTargets(zhSearch, '三十四', 1)).toEqual(['service:34']);
    expect(topTargets(zhSearch, '四十二', 1)).toEqual(['service:42']);
    expect(topTargets(enSearch, 'item twelve', 1)).toEqual(['service:12']);
    // 两 alone is "two" as in 两岁, not item 2.
    expect(zhSearch.search('两').serviceNumber).toBeUndefined();
  });

  it('reads 第十九条 as the pages write it, 第19条', () => {
    expect(withDigitNumerals('第十九条')).toBe('第19条');
    expect(withDigitNumerals('第三项服务')).toBe('第3项服务');
    expect(withDigitNumerals('第一次')).toBe('第一次');
    expect(topTargets(zhSearch, '第十九条', 2)).toEqual(topTargets(zhSearch, '第19条', 2));
    expect(topTargets(zhSearch, '第十九条', 2)).toContain('measure:19');
  });

  it('never gives more than it is asked for, nor more than twenty by default', () => {
    expect(zhSearch.search('服务').results.length).toBeLessThanOrEqual(20);
    expect(zhSearch.search('服务', 5).results.length).toBeLessThanOrEqual(5);
  });

  it.each([
    ['an emoji beside the words', '👶🏻打疫苗', 'service:3'],
    ['direction isolates around the words', '\u2066低保\u2069', 'service:27'],
    ['a right-to-left override before the words', '\u202e低保', 'service:27'],
    ['a full-width service number', '３４', 'service:34'],
  ])('finds through %s', (_name, query, first) => {
    expect(topTargets(zhSearch, query, 1)).toEqual([first]);
  });

  it.each([
    ['an emoji alone', '👶🏻'],
    ['a family emoji', '👨\u200d👩\u200d👧'],
    ['a replacement character', '\ufffd'],
    ['a lone percent sign', '%'],
  ])('finds nothing, without failing, for %s', (_name, query) => {
    expect(zhSearch.search(query).results).toEqual([]);
  });

  it('treats markup as text and survives strange input', () => {
    expect(() => zhSearch.search('<img src=x onerror=alert(1)>')).not.toThrow();
    expect(() => zhSearch.search('\u202e\u0000😀%E6%89%9')).not.toThrow();
    const long = zhSearch.search('疫苗'.repeat(5000));
    expect(long.shortened).toBe(true);
    expect(long.results[0]?.document.target).toBe('service:3');
  });
});

describe('createSearchInSlices', () => {
  it('prepares the same search as createSearch, pausing between slices', async () => {
    let pauses = 0;
    const sliced = await createSearchInSlices(siteIndex('zh-CN'), 0, async () => {
      pauses += 1;
    });
    expect(pauses).toBeGreaterThan(10);
    expect(sliced.search('打疫苗').results.map((r) => r.document.target)).toEqual(zhSearch.search('打疫苗').results.map((r) => r.document.target));
  });
});
