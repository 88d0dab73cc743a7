/**
 * One "near me" section (NearMe.astro) as its script reads it: its elements, and what the page
 * passed in its data attributes (strings, district names, the located places, the office kinds).
 */
import type { NearMeOfficeKind } from '../../lib/places/nearMeSearches.ts';
import type { LocatedPlace } from '../../lib/places/nearMeView.ts';
import { translate, translateParts, type PlaceholderValues } from '../../lib/strings/translate.ts';

export interface Section {
  root: HTMLElement;
  button: HTMLButtonElement;
  status: HTMLElement;
  result: HTMLElement;
  text: (key: string, values?: PlaceholderValues) => string;
  /** A string whose placeholders hold elements, as parts to append. */
  parts: (key: string, values: PlaceholderValues<string | Node>) => Array<string | Node>;
  names: Record<string, string>;
  places: LocatedPlace[];
  /** What to search for around the family; none on /places/, which only finds the district. */
  officeKinds: NearMeOfficeKind[];
  current: string | undefined;
  districtPath: string;
  busy: boolean;
}

export const nameOf = (section: Section, code: string) => section.names[code] ?? code;

function parsed<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** The section under `root`, or undefined when its markup lacks a part the script needs. */
export function readSection(root: HTMLElement): Section | undefined {
  const button = root.querySelector<HTMLButtonElement>('[data-near-me-button]');
  const status = root.querySelector<HTMLElement>('[data-near-me-status]');
  const result = root.querySelector<HTMLElement>('[data-near-me-result]');
  if (!button || !status || !result) return undefined;
  const strings = parsed<Record<string, string>>(root.dataset.strings, {});
  return {
    root,
    button,
    status,
    result,
    text: (key, values) => translate(strings, `places.nearMe.${key}`, values),
    parts: (key, values) => translateParts(strings, `places.nearMe.${key}`, values),
    names: parsed(root.dataset.districtNames, {}),
    places: parsed(root.dataset.places, []),
    officeKinds: parsed(root.dataset.officeKinds, []),
    current: root.dataset.district,
    districtPath: root.dataset.districtPath ?? '/places/',
    busy: false,
  };
}
