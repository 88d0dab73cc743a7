import { describe, expect, it } from 'vitest';
import { displayQuery, maxQueryLength, normaliseForSearch, readQuery, splitScripts } from '../../src/lib/search/normaliseQuery.ts';

describe('normaliseForSearch', () => {
  it('turns full-width digits and letters into ordinary ones', () => {
    expect(normaliseForSearch('３４')).toBe('34');
    expect(normaliseForSearch('Ｖａｃｃｉｎｅ')).toBe('vaccine');
  });

  it('lower-cases and turns punctuation of both scripts into single spaces', () => {
    expect(normaliseForSearch('  打疫苗？？ ')).toBe('打疫苗');
    expect(normaliseForSearch('School,  FEES!')).toBe('school fees');
    expect(normaliseForSearch('“低保”，怎么办')).toBe('低保 怎么办');
  });

  it('removes invisible and direction-changing characters', () => {
    expect(normaliseForSearch('疫\u200b苗\u202e')).toBe('疫苗');
    expect(normaliseForSearch('疫\u200d苗')).toBe('疫苗');
  });

  it('treats emoji and symbols as separators', () => {
    expect(normaliseForSearch('😀疫苗💉')).toBe('疫苗');
  });

  it.each([
    ['markup', '<img src=x onerror=alert(1)>', 'img src x onerror alert 1'],
    ['markup that closes an attribute', '"><script>alert(1)</script>', 'script alert 1 script'],
    ['a script address', 'javascript:alert(1)', 'javascript alert 1'],
    ['an emoji with a skin tone', '👶🏻', ''],
    ['a family emoji joined by zero-width joiners', '👨\u200d👩\u200d👧', ''],
    ['full-width digits', '３４', '34'],
    ['direction isolates around a word', '\u2066低保\u2069', '低保'],
    ['a replacement character from broken percent-encoding', '\ufffd%9', '9'],
    ['a lone percent sign', '%', ''],
  ])('reads %s as plain words', (_name, query, expected) => {
    expect(normaliseForSearch(query)).toBe(expected);
  });
});

describe('readQuery', () => {
  it('cuts a very long query and says so', () => {
    const { text, shortened } = readQuery('疫'.repeat(10_000));
    expect(shortened).toBe(true);
    expect(Array.from(text)).toHaveLength(maxQueryLength);
  });

  it('leaves a short query whole', () => {
    expect(readQuery('xinli')).toEqual({ text: 'xinli', shortened: false });
  });
});

describe('splitScripts', () => {
  it('separates Chinese runs from Latin and digit words', () => {
    expect(splitScripts('孩子12355热线 xinli')).toEqual({ han: ['孩子', '热线'], words: ['12355', 'xinli'] });
  });
});

describe('displayQuery', () => {
  it('removes direction controls and shortens what is repeated back', () => {
    expect(displayQuery('  打疫苗\u202e  ')).toBe('打疫苗');
    expect(displayQuery('a'.repeat(50), 10)).toBe(`${'a'.repeat(10)}…`);
  });

  it('repeats markup back as the text it is, and never cuts an emoji into broken halves', () => {
    expect(displayQuery('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(displayQuery('👶🏻'.repeat(30), 3)).toBe('👶🏻👶…');
    expect(displayQuery('\u2066低保\u2069')).toBe('低保');
    expect(displayQuery('👨\u200d👩\u200d👧')).toBe('👨\u200d👩\u200d👧');
  });
});
