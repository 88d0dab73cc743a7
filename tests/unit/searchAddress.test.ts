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

  it('keeps a broken percent-escape as typed instead of failing', () => {
    expect(readSearchAddress('', '#q=%E6%89%9')).toEqual({ query: '\uFFFD%9' });
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
