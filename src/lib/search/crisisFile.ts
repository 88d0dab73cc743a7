/**
 * The crisis list as it travels to the phone (/crisis.json): the words of content/crisis-words.json
 * without their reasons, and the lines each group suggests, by hotline id. It is its own small file
 * (at most 1 KB gzip, held by the budget), fetched as soon as a search box is touched, apart from
 * the search index, so the crisis answer never waits for the index. The answer's words and call
 * buttons are on the results page itself, made at build time from content/hotlines.json
 * (SearchResults.astro); this file only says which to show. The phone refuses a file of another shape.
 */
import type { CrisisGroup } from '../content/schemas.ts';
import { matchCrisis, type CrisisWords } from './crisisMatch.ts';

/** Bumped whenever the shape changes, so that a file cached from before a deploy is recognised. */
export const crisisFileVersion = 1;

export interface CrisisFile {
  version: typeof crisisFileVersion;
  /** Each group: [tier, lines, lines for a child, words joined by |]. */
  groups: [CrisisWords['tier'], string[], string[], string][];
}

/**
 * A group's words without those its other words already find (孩子被打 holds 被打; sucide is a typo
 * of suicide, which the matcher allows; zi sha is zisha typed with a space): the phone matches
 * exactly as with the whole list, from a smaller file. tests/unit/crisisMatch.test.ts checks every
 * word of the list against the file.
 */
export function wordsToSend(group: Pick<CrisisGroup, 'tier' | 'words'>): string[] {
  const finds = (word: string, words: string[]) =>
    words.length > 0 && matchCrisis(word, [{ tier: group.tier === 'child' ? 'help' : group.tier, lines: [], childLines: [], words }]) !== undefined;
  // Shortest first, so a word that holds a shorter one is left out; then each kept word that the
  // others still find (a typo of a longer word) goes too.
  const kept: string[] = [];
  for (const word of [...group.words.map((w) => w.word)].sort((a, b) => a.length - b.length)) if (!finds(word, kept)) kept.push(word);
  for (const word of [...kept]) {
    const others = kept.filter((other) => other !== word);
    if (finds(word, others)) kept.splice(kept.indexOf(word), 1);
  }
  return kept;
}

export function buildCrisisFile(groups: readonly CrisisGroup[]): CrisisFile {
  return {
    version: crisisFileVersion,
    groups: groups.map((group) => [group.tier, group.lines, group.childLines, wordsToSend(group).join('|')]),
  };
}

/** The groups as the matcher reads them. */
export function crisisWordsOf(file: CrisisFile): CrisisWords[] {
  return file.groups.map(([tier, lines, childLines, words]) => ({ tier, lines, childLines, words: words.split('|') }));
}

const isIds = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string' && /^[a-z0-9-]+$/u.test(item));

/** True when `value` is a crisis file this code can read. */
export function isCrisisFile(value: unknown): value is CrisisFile {
  const file = value as Partial<CrisisFile> | null;
  return (
    file?.version === crisisFileVersion &&
    Array.isArray(file.groups) &&
    file.groups.every(
      (group) =>
        Array.isArray(group) &&
        ['danger', 'help', 'child'].includes(group[0]) &&
        isIds(group[1]) &&
        isIds(group[2]) &&
        typeof group[3] === 'string' &&
        group[3] !== '',
    )
  );
}
