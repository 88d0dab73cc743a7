/**
 * The Amap searches "near me" offers around the family, one for each office kind. A module of its
 * own, which the page loads only once there is a position to search around, so that a district
 * page that is only read does not carry the coordinate conversion in its first JavaScript.
 */
import type { LonLat } from './coordinates.ts';
import { amapSearchUrl } from './mapSearch.ts';

/** An office kind as the page passes it: the words to search for, and its English name on English pages. */
export interface NearMeOfficeKind {
  searchWord: string;
  name?: string;
}

/** A search in Amap for an office kind around the family. */
export interface NearMeSearch {
  keyword: string;
  name: string | undefined;
  href: string;
}

/**
 * Amap searches for each office kind around the family's position (WGS-84, as stored), which the
 * search's centre gets converted to GCJ-02 and rounded to about 100 m: the position leaves the
 * phone only when the family taps one, and then no more precisely than that.
 * @example nearMeSearches({ longitude: 121.4737, latitude: 31.2304 }, [{ searchWord: '社区卫生服务中心' }])[0]?.href
 * // 'https://uri.amap.com/search?keyword=社区卫生服务中心&center=121.478,31.228&city=310000&…'
 */
export function nearMeSearches(position: LonLat, kinds: readonly NearMeOfficeKind[]): NearMeSearch[] {
  return kinds.map(({ searchWord, name }) => ({ keyword: searchWord, name, href: amapSearchUrl(searchWord, { ...position, system: 'wgs84' }) }));
}
