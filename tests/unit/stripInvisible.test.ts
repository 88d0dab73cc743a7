import { describe, expect, it } from 'vitest';
import { stripInvisible } from '../../src/lib/stripInvisible.ts';

describe('stripInvisible', () => {
  it.each([
    ['a right-to-left override', '\u202e低保', '低保'],
    ['direction isolates', '\u2066低保\u2069', '低保'],
    ['zero-width spaces and a byte-order mark', '\ufeff疫\u200b苗', '疫苗'],
    ['a soft hyphen', 'vac\u00adcine', 'vaccine'],
  ])('removes %s', (_name, text, expected) => {
    expect(stripInvisible(text)).toBe(expected);
  });

  it('leaves visible text, emoji and markup as they are', () => {
    expect(stripInvisible('<img src=x> 👶🏻 ３４')).toBe('<img src=x> 👶🏻 ３４');
  });

  it('keeps the zero-width joiners that hold an emoji together', () => {
    expect(stripInvisible('👨\u200d👩\u200d👧')).toBe('👨\u200d👩\u200d👧');
  });
});
