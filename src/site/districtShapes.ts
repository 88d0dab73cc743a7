/**
 * The district outlines, read from content/divisions/district-boundaries.geojson at build time. A
 * malformed file stops the build with the message src/lib/places/districtBoundaries.ts gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFolder } from '../lib/content/contentFolder.ts';
import { districtShapesFromGeoJson, type DistrictShape } from '../lib/places/districtBoundaries.ts';

let cached: DistrictShape[] | undefined;

export function getDistrictShapes(): DistrictShape[] {
  cached ??= districtShapesFromGeoJson(JSON.parse(readFileSync(join(contentFolder(), 'divisions', 'district-boundaries.geojson'), 'utf8')));
  return cached;
}
