/**
 * What "near me" shows on a page once the phone's position is known: which district it is in,
 * whether this page is that district's, the neighbouring districts near a border, and the checked
 * places nearest the family. Pure, so each case is tested without a browser; startNearMe.ts draws it.
 */
import type { LonLat } from './coordinates.ts';
import { sortByDistance, type ItemAtDistance } from './distance.ts';
import type { StoredLocation } from './storedLocation.ts';

/** A place the page can sort: its id (anchor `#place-<id>`), its name and its WGS-84 position. */
export interface LocatedPlace {
  id: string;
  name: string;
  position: LonLat;
}

export interface NearMeView {
  /** The district the position is in. */
  district: string;
  /** Set when the page is another district's: the family is pointed to `district`. */
  pageDistrict: string | undefined;
  /** Neighbouring districts near a border, other than the page's own. */
  neighbours: string[];
  /**
   * On the page of the family's district or a neighbour: its located places nearest first (at most
   * `limit`), or an empty list when none has a position. Undefined on a page listing no places.
   */
  nearest: ItemAtDistance<LocatedPlace>[] | undefined;
}

/**
 * @param current the district whose page this is, or undefined on /places/
 * @example nearMeView(location, '310101', places, 5).nearest?.[0]?.minutes // 4
 */
export function nearMeView(location: StoredLocation, current: string | undefined, places: readonly LocatedPlace[], limit = 5): NearMeView {
  const onOwnPage = current === location.district;
  // A family by a border that follows the "you may also be in" link is often on its real district's page.
  const onNeighbourPage = current !== undefined && location.nearby.includes(current);
  return {
    district: location.district,
    pageDistrict: current !== undefined && !onOwnPage ? current : undefined,
    neighbours: location.nearby.filter((code) => code !== current),
    nearest: onOwnPage || onNeighbourPage ? sortByDistance(location.position, places, (place) => place.position).slice(0, limit) : undefined,
  };
}
