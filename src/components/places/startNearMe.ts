/**
 * The "near me" section's behaviour (NearMe.astro): the phone's position, when the family asks,
 * read into a district. The outlines and the geometry are fetched only then, so a page that is
 * only read pays nothing for them.
 */
import type { LonLat } from '../../lib/places/coordinates.ts';
import { nameOf, readSection, type Section } from './nearMeSection.ts';
import { fail, showResult } from './renderNearMe.ts';
import { readStored, writeStored } from './storedNearMeLocation.ts';

async function districtOfPosition(section: Section, reported: LonLat) {
  const [{ expandShapes, isCompactShapes }, { locateReportedPosition }, response] = await Promise.all([
    import('../../lib/places/compactDistrictShapes.ts'),
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
    found = await districtOfPosition(section, reported);
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
    const section = readSection(root);
    if (!section) continue;
    section.button.addEventListener('click', () => locate(section));
    const stored = readStored();
    if (stored && section.current) showResult(section, stored, false);
  }
}
