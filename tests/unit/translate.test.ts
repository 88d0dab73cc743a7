import { describe, expect, it } from 'vitest';
import { fillParts, fillText, translate, translateParts } from '../../src/lib/strings/translate.ts';

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
