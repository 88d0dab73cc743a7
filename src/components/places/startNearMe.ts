/**
 * The "near me" section's behaviour (NearMe.astro). The outlines and the geometry are fetched only
 * when the family asks, so a page that is only read pays nothing for them. What it shows is decided
 * by src/lib/places/nearMeView.ts and built here with textContent: nothing from storage, the network
 * or data attributes is parsed as markup.
 */
import { fillText } from '../../lib/fillTemplate.ts';
import type { LonLat } from '../../lib/places/coordinates.ts';
import { nearMeView, type LocatedPlace } from '../../lib/places/nearMeView.ts';
import { spokenDistance } from '../../lib/places/spokenDistance.ts';
import { parseStoredLocation, storedLocationKey, type StoredLocation } from '../../lib/places/storedLocation.ts';

interface Section {
  root: HTMLElement;
  button: HTMLButtonElement;
  status: HTMLElement;
  result: HTMLElement;
  text: (key: string, values?: Record<string, string | number>) => string;
  names: Record<string, string>;
  places: LocatedPlace[];
  current: string | undefined;
  districtPath: string;
  busy: boolean;
}

function parsed<T>(text: string | undefined, fallback: T): T {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

// Storage can be switched off (some WebViews, private modes): then nothing is remembered.
function readStored(): StoredLocation | undefined {
  try {
    return parseStoredLocation(sessionStorage.getItem(storedLocationKey));
  } catch {
    return undefined;
  }
}
function writeStored(location: StoredLocation | undefined): void {
  try {
    if (location) sessionStorage.setItem(storedLocationKey, JSON.stringify(location));
    else sessionStorage.removeItem(storedLocationKey);
  } catch {
    // Not remembered; the page still shows the result it has.
  }
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

const nameOf = (section: Section, code: string) => section.names[code] ?? code;

function districtLink(section: Section, code: string): HTMLAnchorElement {
  const link = element('a', nameOf(section, code));
  link.href = `${section.districtPath}${code}/`;
  return link;
}

/**
 * What a stored location means on this page. `announced` says the status line has just said which
 * district it is, so the result does not say it a second time.
 */
function showResult(section: Section, location: StoredLocation, announced: boolean): void {
  const { text } = section;
  const view = nearMeView(location, section.current, section.places);
  const here = nameOf(section, view.district);
  const parts: HTMLElement[] = [];

  if (view.pageDistrict) {
    const line = element('p', `${text('otherDistrict', { district: nameOf(section, view.pageDistrict), here })} `);
    line.append(districtLink(section, view.district));
    parts.push(line);
  } else if (!announced) {
    parts.push(element('p', text('here', { district: here })));
  }
  if (view.neighbours.length > 0) {
    parts.push(element('p', text('border')));
    const list = element('ul');
    for (const code of view.neighbours) list.appendChild(element('li')).append(districtLink(section, code));
    parts.push(list);
  }
  if (view.nearest?.length === 0) {
    parts.push(element('p', text('noneLocated', { district: nameOf(section, section.current ?? view.district) })));
  } else if (view.nearest) {
    parts.push(element('h3', text('nearestTitle')));
    const list = element('ol');
    for (const { item, metres, minutes } of view.nearest) {
      const spoken = spokenDistance(metres);
      const link = element('a', item.name);
      link.href = `#place-${item.id}`;
      list.appendChild(element('li')).append(link, element('br'), text('distance', { distance: text(spoken.unit, { count: spoken.count }), minutes }));
    }
    parts.push(list);
  }
  const forget = element('button', text('forget'), 'button button--secondary');
  forget.type = 'button';
  forget.addEventListener('click', () => {
    writeStored(undefined);
    section.result.replaceChildren();
    section.status.textContent = text('forgotten');
    section.button.focus();
  });
  const forgetLine = element('p');
  forgetLine.append(forget);
  parts.push(forgetLine);
  section.result.replaceChildren(...parts);
}

/** The reason the phone gave no district, and the way to choose by hand on this page. */
function fail(section: Section, key: string): void {
  section.status.textContent = section.text(key);
  // /places/ holds the list of districts below; a district page offers the way back to it.
  if (section.current) {
    const line = element('p');
    const link = element('a', section.text('chooseDistrict'));
    link.href = section.districtPath;
    line.append(link);
    section.result.replaceChildren(line);
  }
}

async function locateDistrict(section: Section, reported: LonLat) {
  const [{ expandShapes, isCompactShapes, locateReportedPosition }, response] = await Promise.all([
    import('../../lib/places/districtBoundaries.ts'),
    fetch(section.root.dataset.boundaries ?? '/district-boundaries.json'),
  ]);
  if (!response.ok) throw new Error(`The district outlines answered ${response.status}`);
  const file = (await response.json()) as { districts?: unknown };
  if (!isCompactShapes(file.districts, Object.keys(section.names))) throw new Error('The district outlines are not in the expected shape');
  return locateReportedPosition(reported, expandShapes(file.districts));
}

async function located(section: Section, reported: LonLat): Promise<void> {
  let found;
  try {
    found = await locateDistrict(section, reported);
  } catch {
    fail(section, 'failed');
    return;
  }
  const district = found.inside ?? found.nearby[0];
  if (!district) {
    fail(section, 'outside');
    return;
  }
  const location = { position: found.position, district, nearby: found.nearby.filter((code) => code !== district) };
  writeStored(location);
  if (district === section.current) {
    section.status.textContent = section.text('here', { district: nameOf(section, district) });
    showResult(section, location, true);
    return;
  }
  section.status.textContent = section.text('found', { district: nameOf(section, district) });
  window.location.assign(`${section.districtPath}${district}/`);
}

function locate(section: Section): void {
  // aria-disabled, not disabled: a disabled button loses the keyboard focus it has.
  if (section.busy) return;
  section.busy = true;
  section.button.setAttribute('aria-disabled', 'true');
  section.result.replaceChildren();
  section.status.textContent = section.text('locating');
  const done = () => {
    section.busy = false;
    section.button.removeAttribute('aria-disabled');
  };
  navigator.geolocation.getCurrentPosition(
    ({ coords }) => void located(section, { longitude: coords.longitude, latitude: coords.latitude }).finally(done),
    (error) => {
      fail(section, error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
      done();
    },
    // A position a few minutes old is fine for finding a district, and quicker on a cheap phone.
    { enableHighAccuracy: false, timeout: 20_000, maximumAge: 300_000 },
  );
}

export function startNearMe(): void {
  if (!('geolocation' in navigator)) return;
  for (const root of document.querySelectorAll<HTMLElement>('[data-near-me]')) {
    const button = root.querySelector<HTMLButtonElement>('[data-near-me-button]');
    const status = root.querySelector<HTMLElement>('[data-near-me-status]');
    const result = root.querySelector<HTMLElement>('[data-near-me-result]');
    if (!button || !status || !result) continue;
    const strings = parsed<Record<string, string>>(root.dataset.strings, {});
    const section: Section = {
      root,
      button,
      status,
      result,
      text: (key, values = {}) => fillText(strings[`places.nearMe.${key}`] ?? '', values),
      names: parsed(root.dataset.districtNames, {}),
      places: parsed(root.dataset.places, []),
      current: root.dataset.district,
      districtPath: root.dataset.districtPath ?? '/places/',
      busy: false,
    };
    button.addEventListener('click', () => locate(section));
    const stored = readStored();
    if (stored && section.current) showResult(section, stored, false);
  }
}
