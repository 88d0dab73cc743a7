/**
 * The district outlines for the build, read by the same reader that checks them in loadContent, so
 * a malformed file stops the build with the same message.
 */
import { contentFolder } from '../lib/content/contentFolder.ts';
import { ContentError } from '../lib/content/loadContent.ts';
import { readDistrictBoundaries } from '../lib/content/loadDivisions.ts';
import type { DistrictShape } from '../lib/places/districtBoundaries.ts';

let cached: DistrictShape[] | undefined;

export function getDistrictShapes(): DistrictShape[] {
  if (cached) return cached;
  const problems: string[] = [];
  const { shapes } = readDistrictBoundaries(contentFolder(), problems);
  if (problems.length > 0) throw new ContentError(problems);
  cached = shapes;
  return cached;
}
