/**
 * Holds the site's English to its glossary (content/glossary.json): wherever a Chinese text has a
 * term, the English beside it must write the glossary's English term and none of the renderings it
 * lists to avoid. Case does not count (a term may start a sentence), and a term counts where a word
 * starts with it, so that `guardian` is found in "guardians".
 */
import type { GlossaryEntry } from './schemas.ts';
import type { TranslatedText } from './translatedTexts.ts';

/** Lower case, with curly apostrophes as straight ones, so that "Children’s" finds "children's". */
const comparable = (text: string) => text.toLowerCase().replaceAll('\u2019', "'");

/** Whether `term` stands in `text` where a word starts. */
function writes(text: string, term: string): boolean {
  const escaped = comparable(term).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'u').test(comparable(text));
}

/** One line a problem, naming where the English stands, the term and what to write. */
export function findGlossaryProblems(glossary: readonly GlossaryEntry[], texts: readonly TranslatedText[]): string[] {
  const problems: string[] = [];
  for (const { where, zh, en } of texts) {
    for (const entry of glossary) {
      if (!zh.includes(entry.zh)) continue;
      const avoided = entry.avoid.filter((rendering) => writes(en, rendering));
      if (avoided.length > 0) {
        problems.push(`${where}: the Chinese has ${entry.zh}: write "${entry.en}" (content/glossary.json), not "${avoided.join('", "')}"`);
      } else if (!writes(en, entry.en)) {
        problems.push(`${where}: the Chinese has ${entry.zh}, but the English does not write its term "${entry.en}" (content/glossary.json)`);
      }
    }
  }
  return problems;
}
