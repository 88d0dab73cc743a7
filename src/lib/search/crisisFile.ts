/**
 * The crisis list as it travels to the phone (/crisis.json, /en/crisis.json): the words of
 * content/crisis-words.json without their reasons, the lines the answer may show with their
 * numbers from content/hotlines.json, and the answer's few sentences in the page's language. It is
 * its own small file, fetched as soon as a search box is touched, apart from the search index, so
 * the answer never waits for the index. The phone refuses a file of another shape.
 */
import type { CrisisGroup, Hotline } from '../content/schemas.ts';
import type { CrisisWords } from './crisisMatch.ts';

/** Bumped whenever the shape changes, so that a file cached from before a deploy is recognised. */
export const crisisFileVersion = 1;

/** A line the answer may show: its number, its name in the page's language, its 021 form for a Shanghai line. */
export interface CrisisLine {
  number: string;
  name: string;
  /** The number with 021 in front, for a phone registered elsewhere; absent for 110 and 120. */
  local?: string;
}

/** The answer's words, from the locale file's `crisis.*` keys. */
export interface CrisisStrings {
  /** Above 110 and 120: danger now. */
  danger: string;
  /** Above the suggested lines, labelling them as the site's own pairing. */
  suggestion: string;
  /** The one option in a search box's suggestions that leads to the answer, for each tier. */
  optionDanger: string;
  optionHelp: string;
  /** The tip beside a 021 form. */
  areaCode: string;
}

export interface CrisisFile {
  version: typeof crisisFileVersion;
  /** Each group: [tier, lines, lines for a child, words joined by |]. */
  groups: [CrisisWords['tier'], string[], string[], string][];
  /** The emergency numbers, always shown first for danger: 110, 120. */
  emergency: CrisisLine[];
  /** The plan's lines the groups name, by hotline id. */
  lines: Record<string, CrisisLine>;
  strings: CrisisStrings;
}

/** The file of one language. */
export function buildCrisisFile(
  groups: readonly CrisisGroup[],
  hotlines: readonly Hotline[],
  side: 'zh' | 'en',
  strings: CrisisStrings,
  withAreaCode: (number: string) => string,
): CrisisFile {
  const line = (hotline: Hotline): CrisisLine => ({
    number: hotline.number!,
    name: hotline[side].name,
    ...(hotline.offerShanghaiAreaCode ? { local: withAreaCode(hotline.number!) } : {}),
  });
  const named = new Set(groups.flatMap((group) => [...group.lines, ...group.childLines]));
  return {
    version: crisisFileVersion,
    groups: groups.map((group) => [group.tier, group.lines, group.childLines, group.words.map((w) => w.word).join('|')]),
    emergency: hotlines.filter((hotline) => hotline.emergency && hotline.number).map(line),
    lines: Object.fromEntries(hotlines.filter((hotline) => named.has(hotline.id)).map((hotline) => [hotline.id, line(hotline)])),
    strings,
  };
}

/** The groups as the matcher reads them. */
export function crisisWordsOf(file: Pick<CrisisFile, 'groups'>): CrisisWords[] {
  return file.groups.map(([tier, lines, childLines, words]) => ({ tier, lines, childLines, words: words.split('|') }));
}

/** The groups of the content, as the matcher reads them (the build, the tests, the benchmark). */
export function crisisWordsOfContent(groups: readonly CrisisGroup[]): CrisisWords[] {
  return groups.map((group) => ({ tier: group.tier, lines: group.lines, childLines: group.childLines, words: group.words.map((w) => w.word) }));
}

const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isLine = (value: unknown): value is CrisisLine => {
  const line = value as Partial<CrisisLine> | null;
  return (
    typeof line?.number === 'string' &&
    /^\d{3,8}$/u.test(line.number) &&
    typeof line.name === 'string' &&
    (line.local === undefined || typeof line.local === 'string')
  );
};

/** True when `value` is a crisis file this code can read: every number and word where it should be. */
export function isCrisisFile(value: unknown): value is CrisisFile {
  const file = value as Partial<CrisisFile> | null;
  if (file?.version !== crisisFileVersion || !Array.isArray(file.groups) || !Array.isArray(file.emergency) || typeof file.lines !== 'object' || !file.lines)
    return false;
  if (!file.emergency.every(isLine) || !Object.values(file.lines).every(isLine)) return false;
  const strings = file.strings as unknown as Record<string, unknown> | undefined;
  if (!strings || !['danger', 'suggestion', 'optionDanger', 'optionHelp', 'areaCode'].every((key) => typeof strings[key] === 'string')) return false;
  return file.groups.every(
    (group) =>
      Array.isArray(group) &&
      ['danger', 'help', 'child'].includes(group[0]) &&
      isStrings(group[1]) &&
      isStrings(group[2]) &&
      [...group[1], ...group[2]].every((id) => id in file.lines!) &&
      typeof group[3] === 'string',
  );
}
