/**
 * The district outlines, read from content/divisions/district-boundaries.geojson at build time. A
 * malformed file stops the build with the message src/lib/places/districtBoundaries.ts gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { districtShapesFromGeoJson, type DistrictShape } from '../lib/places/districtBoundaries.ts';

let cached: DistrictShape[] | undefined;

export function getDistrictShapes(): DistrictShape[] {
  // The same content folder the collections read (see src/content.config.ts); builds run from the project root.
  const contentDir = process.env.CONTENT_DIR ?? join(process.cwd(), 'content');
  cached ??= districtShapesFromGeoJson(JSON.parse(readFileSync(join(contentDir, 'divisions', 'district-boundaries.geojson'), 'utf8')));
  return cached;
}
