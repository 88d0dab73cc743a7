/**
 * Shanghai's divisions as the unit tests use them: the project's own outlines and lists
 * (content/divisions/), read once here, and a small hand-made pair of districts with a street each
 * for tests that want literal records.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFolder } from '../../src/lib/content/contentFolder.ts';
import type { District, Street } from '../../src/lib/content/placeSchemas.ts';
import { districtShapesFromGeoJson } from '../../src/lib/places/districtGeoJson.ts';

/** content/divisions/: districts.csv, streets-towns.csv and district-boundaries.geojson. */
export const divisionsDir = join(contentFolder(), 'divisions');

/** The district outlines file, parsed but not checked. */
export const boundaryGeoJson: unknown = JSON.parse(readFileSync(join(divisionsDir, 'district-boundaries.geojson'), 'utf8'));

/** The 16 districts' outlines, as the build reads them. */
export const districtShapes = districtShapesFromGeoJson(boundaryGeoJson);

/** Copies content/divisions/ into a scratch content folder, for a script run against it. */
export function copyDivisions(contentDir: string): void {
  cpSync(divisionsDir, join(contentDir, 'divisions'), { recursive: true });
}

/** 黄浦区 and 浦东新区, either side of the river, with one street each. */
export const twoDistricts: { districts: District[]; streets: Street[] } = {
  districts: [
    { code: '310101', zh: { name: '黄浦区' }, en: { name: 'Huangpu District' } },
    { code: '310115', zh: { name: '浦东新区' }, en: { name: 'Pudong New Area' } },
  ],
  streets: [
    { code: '310101002', district: '310101', name: '南京东路街道', kind: 'jiedao' },
    { code: '310115005', district: '310115', name: '陆家嘴街道', kind: 'jiedao' },
  ],
};
