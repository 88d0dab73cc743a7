/**
 * The checked content as plain arrays in their official order, plus the look-ups pages need.
 * Pages call `getSiteContent()` once; nothing here formats text for a language.
 */
import { getCollection } from 'astro:content';
import type { SiteContent } from '../lib/content/loadContent.ts';

// The data store does not keep the files' order, so every list is put in its order here.
const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;
const byOrder = (a: { order: number }, b: { order: number }) => a.order - b.order;

let cached: Promise<SiteContent> | undefined;

async function load(): Promise<SiteContent> {
  const dataOf = <T>(entries: { data: T }[]) => entries.map((entry) => entry.data);
  const [categories, services, measureSections, measures, departments, hotlines, searchTerms, districts, streets, placeKinds, places] = await Promise.all([
    getCollection('categories'),
    getCollection('services'),
    getCollection('measureSections'),
    getCollection('measures'),
    getCollection('departments'),
    getCollection('hotlines'),
    getCollection('searchTerms'),
    getCollection('districts'),
    getCollection('streets'),
    getCollection('placeKinds'),
    // Astro warns at build time while places.json is empty ("does not exist or is empty"): it is
    // empty until the first checked row is imported (content/README.md, "Places").
    getCollection('places'),
  ]);
  return {
    categories: dataOf(categories).sort(byOrder),
    services: dataOf(services).sort(byNumber),
    measureSections: dataOf(measureSections).sort(byNumber),
    measures: dataOf(measures).sort(byNumber),
    departments: dataOf(departments).sort(byOrder),
    hotlines: dataOf(hotlines).sort(byOrder),
    // Terms keep no order of their own; sorted by target so the index is the same on every build.
    searchTerms: dataOf(searchTerms).sort((a, b) => a.target.localeCompare(b.target)),
    // Division codes sort in the statistics bureau's order.
    districts: dataOf(districts).sort((a, b) => a.code.localeCompare(b.code)),
    streets: dataOf(streets).sort((a, b) => a.code.localeCompare(b.code)),
    placeKinds: dataOf(placeKinds).sort(byOrder),
    places: dataOf(places).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export function getSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
