/**
 * The "near me" section's behaviour (NearMe.astro). The boundary data and the geometry are fetched
 * only when the family asks, so a page that is only read pays nothing for them. Everything it shows
 * is built with textContent: nothing from storage or data attributes is parsed as markup.
 */
import { fillText } from '../../lib/fillTemplate.ts';
import { sortByDistance } from '../../lib/places/distance.ts';
import { parseStoredLocation, spokenDistance, storedLocationKey, type StoredLocation } from '../../lib/places/storedLocation.ts';
import type { LonLat } from '../../lib/places/coordinates.ts';

interface LocatedPlace {
  id: string;
  name: string;
  position: LonLat;
}

interface Section {
  root: HTMLElement;
  button: HTMLButtonElement;
  status: HTMLElement;
  result: HTMLElement;
  strings: Record<string, string>;
  names: Record<string, string>;
  places: LocatedPlace[];
  current: string | undefined;
  districtPath: string;
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

function say(section: Section, key: string, values: Record<string, string | number> = {}): void {
  section.status.textContent = fillText(section.strings[`places.nearMe.${key}`] ?? '', values);
}

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

function districtLink(section: Section, code: string): HTMLAnchorElement {
  const link = element('a', section.names[code] ?? code);
  link.href = `${section.districtPath}${code}/`;
  return link;
}

/** What a stored location means on this page: the district, its neighbours, the nearest places. */
function showResult(section: Section, location: StoredLocation): void {
  const { strings, names, current } = section;
  const text = (key: string, values: Record<string, string | number> = {}) => fillText(strings[`places.nearMe.${key}`] ?? '', values);
  const here = names[location.district] ?? location.district;
  const parts: HTMLElement[] = [];

  if (current && location.district !== current) {
    const line = element('p', `${text('otherDistrict', { district: names[current] ?? current, here })} `);
    line.append(districtLink(section, location.district));
    parts.push(line);
  } else {
    parts.push(element('p', text('here', { district: here })));
  }
  const neighbours = location.nearby.filter((code) => code !== current);
  if (neighbours.length > 0) {
    parts.push(element('p', text('border')));
    const list = element('ul');
    for (const code of neighbours) list.appendChild(element('li')).append(districtLink(section, code));
    parts.push(list);
  }
  if (current && location.district === current) {
    const nearest = sortByDistance(location.position, section.places, (place) => place.position).slice(0, 5);
    if (nearest.length === 0) {
      parts.push(element('p', text('noneLocated', { district: names[current] ?? current })));
    } else {
      parts.push(element('h3', text('nearestTitle')));
      const list = element('ol');
      for (const { item, metres, minutes } of nearest) {
        const spoken = spokenDistance(metres);
        const link = element('a', item.name);
        link.href = `#place-${item.id}`;
        const row = list.appendChild(element('li'));
        row.append(link, element('br'), text('distance', { distance: text(spoken.unit, { count: spoken.count }), minutes }));
      }
      parts.push(list);
    }
  }
  const forget = element('button', text('forget'), 'button button--secondary');
  forget.type = 'button';
  forget.addEventListener('click', () => {
    writeStored(undefined);
    section.result.replaceChildren();
    say(section, 'forgotten');
    section.button.focus();
  });
  const forgetLine = element('p');
  forgetLine.append(forget);
  parts.push(forgetLine);
  section.result.replaceChildren(...parts);
}

async function districtsFor(section: Section, position: LonLat) {
  const [{ expandShapes, locateReportedPosition }, response] = await Promise.all([
    import('../../lib/places/districtBoundaries.ts'),
    fetch(section.root.dataset.boundaries ?? '/district-boundaries.json'),
  ]);
  if (!response.ok) throw new Error(`The district boundaries answered ${response.status}`);
  const file = (await response.json()) as { districts?: Parameters<typeof expandShapes>[0] };
  if (!Array.isArray(file.districts)) throw new Error('The district boundaries are not in the expected shape');
  const shapes = expandShapes(file.districts);
  return locateReportedPosition(position, shapes);
}

async function located(section: Section, position: LonLat): Promise<void> {
  let found;
  try {
    found = await districtsFor(section, position);
  } catch {
    say(section, 'failed');
    return;
  }
  const district = found.inside ?? found.nearby[0];
  if (!district) {
    say(section, 'outside');
    return;
  }
  const location = { position, district, nearby: found.nearby.filter((code) => code !== district) };
  writeStored(location);
  if (district === section.current) {
    say(section, 'here', { district: section.names[district] ?? district });
    showResult(section, location);
    return;
  }
  say(section, 'found', { district: section.names[district] ?? district });
  window.location.assign(`${section.districtPath}${district}/`);
}

function locate(section: Section): void {
  section.button.disabled = true;
  section.result.replaceChildren();
  say(section, 'locating');
  const done = () => {
    section.button.disabled = false;
  };
  navigator.geolocation.getCurrentPosition(
    ({ coords }) => void located(section, { longitude: coords.longitude, latitude: coords.latitude }).finally(done),
    (error) => {
      say(section, error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable');
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
    const section: Section = {
      root,
      button,
      status,
      result,
      strings: parsed(root.dataset.strings, {}),
      names: parsed(root.dataset.districtNames, {}),
      places: parsed(root.dataset.places, []),
      current: root.dataset.district,
      districtPath: root.dataset.districtPath ?? '/places/',
    };
    root.hidden = false;
    button.addEventListener('click', () => locate(section));
    const stored = readStored();
    if (stored && section.current) showResult(section, stored);
  }
}
