/**
 * What the places pages show, gathered from the checked content: a district's streets and towns,
 * each with its places by kind and its map searches, and the district-level places. Nothing here is formatted for a
 * language, but for what official pages say of each kind of place, which is shown with its sources
 * as next steps are; the pages and components do the rest.
 */
import { districtLevelKinds, type District, type OfficeKind, type Place, type PlaceKind, type Street } from '../lib/content/placeSchemas.ts';
import { placeKindById } from '../lib/content/relations.ts';
import { convertCoordinates, type LonLat } from '../lib/places/coordinates.ts';
import { divisionCounts, type DivisionCount } from '../lib/places/divisionCounts.ts';
import { amapSearchUrl, streetOfficeKeyword } from '../lib/places/mapSearch.ts';
import type { Language } from '../lib/paths.ts';
import { factView, type FactView } from './nextStepsView.ts';
import { getSiteContent } from './siteContent.ts';

/** A place with its position in WGS-84, the system the phone's location and the boundaries use. */
export interface PlaceView {
  place: Place;
  kind: PlaceKind;
  wgs84: LonLat | undefined;
}

/** A search in Amap for an office a family may need in a street or town (外滩街道社区卫生服务中心). */
export interface MapSearchView {
  kind: OfficeKind;
  keyword: string;
  href: string;
}

export interface StreetView {
  street: Street;
  /** Verified places of this street or town, in the kinds' order. */
  places: PlaceView[];
  /**
   * A map search for each office kind, in their order: the hand-off where the site has no address,
   * and beside a verified place too, since one checked office says nothing of the others.
   */
  searches: MapSearchView[];
}

export interface DistrictView {
  district: District;
  /** How many subdistricts, towns and townships it has. */
  counts: DivisionCount[];
  streets: StreetView[];
  /** Verified district-level places (the rescue and protection institution). */
  districtPlaces: PlaceView[];
}

const kindOrder = (kinds: readonly PlaceKind[]) => (a: PlaceView, b: PlaceView) =>
  kinds.indexOf(a.kind) - kinds.indexOf(b.kind) || a.place.id.localeCompare(b.place.id);

function viewOf(place: Place, kinds: readonly PlaceKind[]): PlaceView {
  const kind = kinds.find((candidate) => candidate.id === place.kind);
  // loadContent has checked every kind; a miss here is a programming error, not a content one.
  if (!kind) throw new Error(`Place "${place.id}" has kind "${place.kind}", which content/place-kinds.json lacks`);
  const { location } = place;
  return { place, kind, wgs84: location && convertCoordinates(location, location.system, 'wgs84') };
}

/** Every district with its streets and places, in the code list's order. */
export async function districtViews(): Promise<DistrictView[]> {
  const { districts, streets, places, placeKinds, officeKinds } = await getSiteContent();
  const views = places.map((place) => viewOf(place, placeKinds));
  const byKind = kindOrder(placeKinds);
  return districts.map((district) => ({
    district,
    counts: divisionCounts(streets.filter((street) => street.district === district.code)),
    streets: streets
      .filter((street) => street.district === district.code)
      .map((street) => {
        const own = views.filter((view) => view.place.street === street.code).sort(byKind);
        const searches = officeKinds.map((kind) => {
          const keyword = streetOfficeKeyword(street.name, kind.searchWord);
          return { kind, keyword, href: amapSearchUrl(keyword) };
        });
        return { street, places: own, searches };
      }),
    districtPlaces: views.filter((view) => view.place.district === district.code && districtLevelKinds.includes(view.place.kind)).sort(byKind),
  }));
}

/**
 * What every places page shares: the districts, with how many subdistricts, towns and townships
 * each has and the city has, the kinds of place and of office.
 */
export async function placesPageContent() {
  const content = await getSiteContent();
  const { districts, streets, placeKinds, officeKinds } = content;
  return {
    districts,
    placeKinds,
    officeKinds,
    districtCounts: new Map(districts.map((district) => [district.code, divisionCounts(streets.filter((street) => street.district === district.code))])),
    cityCounts: divisionCounts(streets),
    rescue: placeKindById(content, 'rescue-protection-institution'),
  };
}

/** What official pages beyond the plan say of each kind of place, in a page's language, by kind (none for most). */
export async function placeKindFacts(lang: Language): Promise<ReadonlyMap<PlaceKind['id'], FactView[]>> {
  const content = await getSiteContent();
  return new Map(content.placeKinds.map((kind) => [kind.id, kind.facts.map((fact) => factView(content, fact, lang))]));
}
