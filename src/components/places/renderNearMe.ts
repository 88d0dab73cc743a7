/**
 * What a "near me" section shows, decided by src/lib/places/nearMeView.ts and built here with
 * textContent: nothing from storage, the network or data attributes is parsed as markup.
 */
import { nearMeView } from '../../lib/places/nearMeView.ts';
import { spokenDistance } from '../../lib/places/spokenDistance.ts';
import type { StoredLocation } from '../../lib/places/storedLocation.ts';
import { nameOf, type Section } from './nearMeSection.ts';
import { writeStored } from './storedNearMeLocation.ts';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string) => {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
};

/**
 * Amap searches around the family, after a plain warning, before any tap, that tapping one gives
 * Amap their approximate position; laid out as a street's searches are (MapSearches.astro). Their
 * module is fetched only now, as the district outlines are.
 */
async function fillSearchesNearby(section: Section, location: StoredLocation, container: HTMLElement): Promise<void> {
  const { nearMeSearches } = await import('../../lib/places/nearMeSearches.ts');
  const { text } = section;
  const note = element('p', text('searchNote'));
  note.id = 'near-me-search-note';
  const list = element('ul', undefined, 'map-search');
  for (const { keyword, name, href } of nearMeSearches(location.position, section.officeKinds)) {
    const item = list.appendChild(element('li'));
    if (name) item.append(element('span', name));
    const link = item.appendChild(element('a'));
    link.href = href;
    link.rel = 'noreferrer';
    link.setAttribute('aria-describedby', note.id);
    const words = element('span', keyword);
    // An English name is given on English pages only, where the Chinese keyword needs its own lang.
    if (name) words.lang = 'zh-CN';
    link.append(...section.parts('search', { keyword: words }));
  }
  container.replaceChildren(element('h3', text('searchTitle')), note, list);
}

function districtLink(section: Section, code: string): HTMLAnchorElement {
  const link = element('a', nameOf(section, code));
  link.href = `${section.districtPath}${code}/`;
  return link;
}

/**
 * What a stored location means on this page. `announced` says the status line has just said which
 * district it is, so the result does not say it a second time.
 */
export function showResult(section: Section, location: StoredLocation, announced: boolean): void {
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
  if (section.officeKinds.length > 0) {
    const nearby = element('div');
    parts.push(nearby);
    // Without its module (a failed fetch) the rest of the result still stands.
    fillSearchesNearby(section, location, nearby).catch(() => nearby.remove());
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
export function fail(section: Section, key: string): void {
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
