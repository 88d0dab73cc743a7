/**
 * The district outlines, read from content/divisions/district-boundaries.geojson at build time. A
 * malformed file stops the build with the message src/lib/places/districtGeoJson.ts gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFolder } from '../lib/content/contentFolder.ts';
import type { DistrictShape } from '../lib/places/districtBoundaries.ts';
import { districtShapesFromGeoJson } from '../lib/places/districtGeoJson.ts';

let cached: DistrictShape[] | undefined;

export function getDistrictShapes(): DistrictShape[] {
  cached ??= districtShapesFromGeoJson(JSON.parse(readFileSync(join(contentFolder(), 'divisions', 'district-boundaries.geojson'), 'utf8')));
  return cached;
}
