/**
 * Links that open a place in the map apps families in Shanghai use: Amap (高德), Baidu and Apple
 * Maps. Each app reads coordinates in its own system, and a position given in the wrong one lands
 * about 500 m away in Shanghai (a different block, often across a main road), so each link gets
 * the coordinates its app expects.
 */
import { convertCoordinates, type CoordinateSystem, type LonLat } from './coordinates.ts';

/** A place to link to: its name as the app should show it, and where it is, in a stated system. */
export interface MapLinkPlace {
  name: string;
  location: LonLat & { system: CoordinateSystem };
}

/** One link for each app. */
export interface MapLinks {
  amap: string;
  baidu: string;
  apple: string;
}

/**
 * Baidu's URI API requires `src` ("调用来源", required; "此参数不传值，不保证服务") in the form
 * `webapp.companyName.appName` (lbsyun.baidu.com, URI API for web, 标点 marker).
 */
export const BAIDU_SOURCE = 'webapp.shanghai-migrant-children.services';

/** Amap asks for `src`, who is calling, "为保证服务质量建议填写" (recommended, free text). */
export const AMAP_SOURCE = 'shanghai-migrant-children';

/** Baidu's name for each system in `coord_type`; Baidu calls BD-09 longitude/latitude `bd09ll`. */
const BAIDU_COORD_TYPE: Record<CoordinateSystem, string> = { wgs84: 'wgs84', gcj02: 'gcj02', bd09: 'bd09ll' };

/** Six decimals is about 0.1 m, finer than any position here and short enough for a QR code. */
const degrees = (value: number) => value.toFixed(6);

/**
 * Links to a place in Amap, Baidu and Apple Maps.
 *
 * - Amap's marker URI takes `position=lon,lat`; `coordinate=gaode` says GCJ-02 (its default; `wgs84`
 *   is the other choice) and `callnative=1` opens the app when it is installed (lbs.amap.com, URI
 *   API, 单点标注), and `src` names the caller. The position is converted to GCJ-02.
 * - Baidu's marker URI takes `location=lat,lng` and a `coord_type` of bd09ll, gcj02 or wgs84 (its
 *   default is BD-09). The position goes unconverted with its system named, so Baidu does the one
 *   conversion it needs itself; `title` and `content` are both required, so both carry the name.
 * - Apple Maps gets GCJ-02. Apple draws mainland China from AutoNavi (高德) data in GCJ-02 and has no
 *   parameter to say which system `ll` is in; developers passing WGS-84 report the pin shifted
 *   there and convert first (dpa99c/phonegap-launch-navigator#186; StikDebug/StikDebug#462:
 *   "MapKit hands back GCJ-02 coordinates there"). Apple does not document this, so it is observed
 *   behaviour; it only matters inside China, the one place GCJ-02 differs from WGS-84.
 *
 * @example mapLinks({ name: '人民广场', location: { longitude: 121.4737, latitude: 31.2304, system: 'wgs84' } }).amap
 * // 'https://uri.amap.com/marker?position=121.478223,31.228458&name=%E4%BA%BA%E6%B0%91%E5%B9%BF%E5%9C%BA&src=shanghai-migrant-children&coordinate=gaode&callnative=1'
 */
export function mapLinks(place: MapLinkPlace): MapLinks {
  const { system } = place.location;
  const gcj02 = convertCoordinates(place.location, system, 'gcj02');
  const name = encodeURIComponent(place.name);
  return {
    amap:
      `https://uri.amap.com/marker?position=${degrees(gcj02.longitude)},${degrees(gcj02.latitude)}` +
      `&name=${name}&src=${AMAP_SOURCE}&coordinate=gaode&callnative=1`,
    baidu:
      `https://api.map.baidu.com/marker?location=${degrees(place.location.latitude)},${degrees(place.location.longitude)}` +
      `&title=${name}&content=${name}&output=html&coord_type=${BAIDU_COORD_TYPE[system]}&src=${BAIDU_SOURCE}`,
    apple: `https://maps.apple.com/?ll=${degrees(gcj02.latitude)},${degrees(gcj02.longitude)}&q=${name}`,
  };
}
