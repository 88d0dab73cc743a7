import { describe, expect, it } from 'vitest';
import { nearMeSearches } from '../../src/lib/places/nearMeSearches.ts';

describe('nearMeSearches', () => {
  // 人民广场 in WGS-84, as stored; (121.478223, 31.228458) in GCJ-02.
  const peoplesSquare = { longitude: 121.4737, latitude: 31.2304 };
  const kinds = [{ searchWord: '社区事务受理服务中心', name: 'Community affairs acceptance service centre' }, { searchWord: '社区卫生服务中心' }];

  it('searches Amap for each office around the family, in their order, with the English name where the page gave one', () => {
    const searches = nearMeSearches(peoplesSquare, kinds);
    expect(searches.map(({ keyword, name }) => [keyword, name])).toEqual([
      ['社区事务受理服务中心', 'Community affairs acceptance service centre'],
      ['社区卫生服务中心', undefined],
    ]);
    expect(new URL(searches[1]!.href).searchParams.get('keyword')).toBe('社区卫生服务中心');
  });

  it('gives Amap the position in its own system, no nearer than about 100 m', () => {
    for (const { href } of nearMeSearches(peoplesSquare, kinds)) {
      const url = new URL(href);
      expect(url.searchParams.get('center')).toBe('121.478,31.228');
      expect(url.searchParams.get('city')).toBe('310000');
      expect(href).not.toContain('121.4737');
    }
  });
});
