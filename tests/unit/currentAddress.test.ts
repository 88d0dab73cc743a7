import { describe, expect, it } from 'vitest';
import { addressWith } from '../../src/lib/currentAddress.ts';

describe('addressWith', () => {
  it('drops the fragment of a page opened with a doubled slash, staying on that page', () => {
    expect(addressWith('https://x.cn//check/#age=9&needs=hiv', { hash: '' })).toBe('https://x.cn//check/');
  });

  it('moves a query into the fragment', () => {
    expect(addressWith('https://x.cn//search/?q=%E5%AE%B6%E6%9A%B4', { search: '', hash: '#q=%E5%AE%B6%E6%9A%B4' })).toBe(
      'https://x.cn//search/#q=%E5%AE%B6%E6%9A%B4',
    );
  });

  it('keeps an ordinary page as it is', () => {
    expect(addressWith('https://x.cn/en/check/?from=singlemessage#age=3', { hash: '' })).toBe('https://x.cn/en/check/?from=singlemessage');
  });

  it('gives replaceState a whole URL of the same origin, never a path that starts with //', () => {
    const href = addressWith('https://x.cn//check/#age=9', { hash: '' });
    expect(new URL(href).origin).toBe('https://x.cn');
    expect(href.startsWith('//')).toBe(false);
  });
});
