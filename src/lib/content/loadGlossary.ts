/**
 * Reads content/glossary.json, the site's one English term for each recurring Chinese term. It is
 * not a collection of the site (no page shows it): the tests read it to hold every translation to it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './loadContent.ts';
import { glossaryEntrySchema, type GlossaryEntry } from './schemas.ts';
import { validateRecords } from './validateRecords.ts';

const file = 'content/glossary.json';

/**
 * The glossary's terms, in the file's order, each checked against its schema and each Chinese term
 * given once.
 * @throws ContentError listing every problem, by term and field.
 */
export function loadGlossary(contentDir: string): GlossaryEntry[] {
  const problems: string[] = [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(join(contentDir, 'glossary.json'), 'utf8'));
  } catch (error) {
    throw new ContentError([`${file}: is not valid JSON (${(error as Error).message})`]);
  }
  if (!Array.isArray(parsed)) throw new ContentError([`${file}: must be a list of terms, [ { "zh": …, "en": …, "note": … } ]`]);
  const entries = validateRecords(file, 'term', parsed, glossaryEntrySchema, problems);
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.zh)) problems.push(`${file}, term ${entry.zh}: stands twice: keep one entry for it`);
    seen.add(entry.zh);
  }
  if (problems.length > 0) throw new ContentError(problems);
  return entries;
}
