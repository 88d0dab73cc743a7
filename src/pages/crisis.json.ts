/**
 * The crisis list (/crisis.json), the same for both languages: the words of
 * content/crisis-words.json and the lines each group suggests (src/lib/search/crisisFile.ts).
 * Fetched as soon as a search box is touched.
 */
import type { APIRoute } from 'astro';
import { buildCrisisFile } from '../lib/search/crisisFile.ts';
import { getSiteContent } from '../site/siteContent.ts';

export const GET: APIRoute = async () => {
  const { crisisGroups } = await getSiteContent();
  return new Response(JSON.stringify(buildCrisisFile(crisisGroups)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
