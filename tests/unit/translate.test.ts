import { describe, expect, it } from 'vitest';
import { fillParts, fillText, translate, translateParts } from '../../src/lib/strings/translate.ts';
import { useTranslations, type TranslationKey } from '../../src/i18n/translate.ts';
import en from '../../src/locales/en.json';
import zhCN from '../../src/locales/zh-CN.json';

describe('fillParts', () => {
  it('puts values where their placeholders stand', () => {
    expect(fillParts('孩子{{age}}岁，在{{stage}}', { age: 9, stage: '小学' })).toEqual(['孩子', 9, '岁，在', '小学']);
  });

  it('keeps values that are not text, for components to render', () => {
    const quote = { quote: '0-6岁' };
    expect(fillParts('{{cite}}: no', { cite: quote })).toEqual([quote, ': no']);
  });

  it('leaves a placeholder it has no value for as written', () => {
    expect(fillText('{{a}} and {{b}}', { a: 'A' })).toBe('A and {{b}}');
  });

  it('does not read markup in a value as anything but text', () => {
    expect(fillText('{{x}}', { x: '<img src=x onerror=alert(1)>' })).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('translate', () => {
  const strings = { 'check.age': '孩子{{age}}岁', 'check.cite': '见{{cite}}' };

  it('fills the string under its key', () => {
    expect(translate(strings, 'check.age', { age: 9 })).toBe('孩子9岁');
  });

  it('gives a string without placeholders as written', () => {
    expect(translate({ 'nav.home': '首页' }, 'nav.home')).toBe('首页');
  });

  it('gives parts when a value is markup', () => {
    const quote = { quote: '0-6岁' };
    expect(translateParts(strings, 'check.cite', { cite: quote })).toEqual(['见', quote]);
  });

  it('throws, naming the key, when the string is missing, rather than show a blank or a key to a family', () => {
    expect(() => translate(strings, 'check.missing')).toThrow('"check.missing"');
    expect(() => translateParts(strings, 'check.missing', {})).toThrow('"check.missing"');
  });
});

describe('the build (i18next) and the islands (translate) fill every string alike', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`for every string of ${lang}, with its placeholders filled`, () => {
      const strings = lang === 'en' ? en : zhCN;
      const t = useTranslations(lang);
      for (const [key, template] of Object.entries(strings)) {
        const values = Object.fromEntries([...template.matchAll(/\{\{\s*(\w+)\s*\}\}/gu)].map((match, index) => [match[1]!, `<v${index}>`]));
        expect(t(key as TranslationKey, values), key).toBe(translate(strings, key, values));
      }
    });
  }

  it('both refuse a key no locale file has', () => {
    expect(() => useTranslations('en')('no.such.key' as TranslationKey)).toThrow('"no.such.key"');
    expect(() => translate(en, 'no.such.key')).toThrow('"no.such.key"');
  });
});
