/**
 * A search in Amap (高德地图) for an office a family may need. The site has no address for these
 * offices and never says that one exists in a street, so it hands the family to the map app's own
 * live search, whose results the family checks; the keyword is what a family would type there.
 *
 * Amap's search URI (lbs.amap.com, URI API, 搜索查询): `keyword` (required), `city` (a city's name,
 * area code or division code), `center=lon,lat` (optional, used on phones only; Amap's own
 * coordinates, GCJ-02, as its marker URI assumes by default), `src` (who is calling, recommended)
 * and `callnative=1` (open the app when it is installed).
 */
import { convertCoordinates, type CoordinateSystem, type LonLat } from './coordinates.ts';
import { AMAP_SOURCE } from './mapLinks.ts';

/** Shanghai's division code, which Amap's `city` accepts: results stay in Shanghai. */
export const SHANGHAI_CITY_CODE = '310000';

/**
 * What to search for an office in a street or town: its full official name followed by the office,
 * in Chinese on English pages too, since the map's names are Chinese.
 * @example streetOfficeKeyword('外滩街道', '社区事务受理服务中心') // '外滩街道社区事务受理服务中心'
 */
export function streetOfficeKeyword(streetName: string, searchWord: string): string {
  return `${streetName}${searchWord}`;
}

/**
 * A query value with Chinese characters (and other letters and digits beyond ASCII) as they are,
 * and everything else percent-encoded as encodeURIComponent does. The browser encodes the characters
 * in UTF-8, the page's encoding, when the link is followed, so Amap gets the same address; left
 * as `%E5%A4%96…` they would cost 10 KB of the offline budget (gzip) over 215 streets × 4 searches in
 * two languages. Punctuation, spaces and invisible characters stay encoded, so that a keyword can
 * neither add a parameter nor hide text.
 * @example queryValue('外滩 & #1') // '外滩%20%26%20%231'
 */
function queryValue(text: string): string {
  return encodeURIComponent(text).replace(/%[C-F][0-9A-F](?:%[89AB][0-9A-F]){1,3}/gu, (bytes) => {
    const character = decodeURIComponent(bytes);
    return /^[\p{L}\p{N}]$/u.test(character) ? character : bytes;
  });
}

/**
 * A thousandth of a degree is about 110 m north–south and 95 m east–west in Shanghai: enough to
 * centre a search on the family's neighbourhood, and no nearer their door than that.
 */
const roughDegrees = (value: number) => value.toFixed(3);

/**
 * Amap's search for `keyword` in Shanghai, around `centre` when given (converted to GCJ-02 and
 * rounded to about 100 m).
 *
 * @example amapSearchUrl('外滩街道社区卫生服务中心')
 * // 'https://uri.amap.com/search?keyword=外滩街道社区卫生服务中心&city=310000&src=shanghai-migrant-children&callnative=1'
 * @example amapSearchUrl('社区卫生服务中心', { longitude: 121.4737, latitude: 31.2304, system: 'wgs84' })
 * // '…&center=121.478,31.228&city=310000…'
 */
export function amapSearchUrl(keyword: string, centre?: LonLat & { system: CoordinateSystem }): string {
  const gcj02 = centre && convertCoordinates(centre, centre.system, 'gcj02');
  const around = gcj02 ? `&center=${roughDegrees(gcj02.longitude)},${roughDegrees(gcj02.latitude)}` : '';
  return `https://uri.amap.com/search?keyword=${queryValue(keyword)}${around}&city=${SHANGHAI_CITY_CODE}&src=${AMAP_SOURCE}&callnative=1`;
}
