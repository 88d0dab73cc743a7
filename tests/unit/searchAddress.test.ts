import { describe, expect, it } from 'vitest';
import { readSearchAddress, searchDestination, searchFragment } from '../../src/lib/search/searchAddress.ts';

describe('searchFragment', () => {
  it('puts the query, encoded, in the fragment', () => {
    expect(searchFragment('打疫苗')).toBe('#q=%E6%89%93%E7%96%AB%E8%8B%97');
    expect(searchFragment('a&b=c #d')).toBe('#q=a%26b%3Dc%20%23d');
  });
});

describe('readSearchAddress', () => {
  it('reads the query from the fragment', () => {
    expect(readSearchAddress('', '#q=%E6%89%93%E7%96%AB%E8%8B%97')).toEqual({ query: '打疫苗' });
  });

  it('reads a query string and moves it into the fragment, keeping other parameters', () => {
    expect(readSearchAddress('?q=12355&from=singlemessage', '')).toEqual({
      query: '12355',
      rewrite: { search: '?from=singlemessage', hash: '#q=12355' },
    });
  });

  it('prefers the fragment when both are given, and still takes the query string away', () => {
    expect(readSearchAddress('?q=old', '#q=new')).toEqual({ query: 'new', rewrite: { search: '', hash: '#q=new' } });
  });

  it('gives an empty query when the address has none', () => {
    expect(readSearchAddress('', '')).toEqual({ query: '' });
    expect(readSearchAddress('?from=timeline', '#top')).toEqual({ query: '' });
  });

  it.each([
    ['a character cut off half way', '#q=%E6%89%9', '\uFFFD%9'],
    ['a character cut off at its end', '#q=%E4%B8', '\uFFFD'],
    ['a lone percent sign', '#q=%', '%'],
    ['a percent sign without hex digits', '#q=%zz', '%zz'],
    ['markup', `#q=${encodeURIComponent('"><script>alert(1)</script>')}`, '"><script>alert(1)</script>'],
    ['markup not encoded at all', '#q=<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['a right-to-left override, kept for the search to drop', '#q=%E2%80%AE%E4%BD%8E%E4%BF%9D', '\u202e低保'],
  ])('reads %s without failing', (_name, hash, query) => {
    expect(readSearchAddress('', hash)).toEqual({ query });
  });

  it('moves a broken query string into the fragment, encoded properly', () => {
    expect(readSearchAddress('?q=%E4%B8&from=singlemessage', '')).toEqual({
      query: '\uFFFD',
      rewrite: { search: '?from=singlemessage', hash: '#q=%EF%BF%BD' },
    });
    expect(readSearchAddress('?q=%', '')).toEqual({ query: '%', rewrite: { search: '', hash: '#q=%25' } });
  });

  it('reads a 10,000-character query whole (the search cuts it, and says so)', () => {
    expect(readSearchAddress('', `#q=${'疫'.repeat(10_000)}`).query).toHaveLength(10_000);
  });

  it('reads + as a space, as forms write it', () => {
    expect(readSearchAddress('?q=school+fees', '').query).toBe('school fees');
  });
});

describe('searchDestination', () => {
  const paths = { searchPage: '/en/search/', servicePage: (n: number) => `/en/services/${n}/` };

  it('goes straight to a service by its number', () => {
    expect(searchDestination('第34项', 34, paths)).toBe('/en/services/34/');
  });

  it('goes to the results page with the query in the fragment', () => {
    expect(searchDestination(' vaccine ', undefined, paths)).toBe('/en/search/#q=vaccine');
  });

  it('goes to the bare results page for an empty query', () => {
    expect(searchDestination('   ', undefined, paths)).toBe('/en/search/');
  });
});
