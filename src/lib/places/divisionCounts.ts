/**
 * How many subdistricts (街道), towns (镇) and townships (乡) a district has, in words: a count of
 * "streets and towns" would leave out Chongming's two townships, and call Huangpu's ten
 * subdistricts towns.
 */
import { byLanguage, listSeparator } from '../byLanguage.ts';
import type { Street } from '../content/placeSchemas.ts';
import type { Language } from '../paths.ts';

export type DivisionKind = Street['kind'];

export interface DivisionCount {
  kind: DivisionKind;
  count: number;
}

/** The kinds in the order the site names them. */
const kindOrder: readonly DivisionKind[] = ['jiedao', 'zhen', 'xiang'];

/**
 * How many of each kind the streets are, in the order 街道, 镇, 乡, kinds with none left out.
 * @example divisionCounts([{ kind: 'xiang' }, { kind: 'zhen' }, { kind: 'zhen' }]) // [{ kind: 'zhen', count: 2 }, { kind: 'xiang', count: 1 }]
 */
export function divisionCounts(streets: readonly Pick<Street, 'kind'>[]): DivisionCount[] {
  return kindOrder.map((kind) => ({ kind, count: streets.filter((street) => street.kind === kind).length })).filter((entry) => entry.count > 0);
}

/**
 * The locale key for "N subdistricts" of a kind: its `.one` form for one, since English says
 * "1 town" (Chinese says the same either way).
 * @example divisionCountKey('zhen', 1) // 'places.count.zhen.one'
 */
export function divisionCountKey(kind: DivisionKind, count: number): `places.count.${DivisionKind}` | `places.count.${DivisionKind}.one` {
  return count === 1 ? `places.count.${kind}.one` : `places.count.${kind}`;
}

/** How the last two counts are joined: 、 in Chinese, "and" in English. */
const lastJoin = { zh: '、', en: ' and ' };

/**
 * The counts as words, with a string filler from the locale files.
 * @example describeDivisionCounts('en', [{ kind: 'jiedao', count: 12 }, { kind: 'zhen', count: 24 }], t) // '12 subdistricts and 24 towns'
 * @example describeDivisionCounts('zh-CN', [{ kind: 'zhen', count: 16 }, { kind: 'xiang', count: 2 }], t) // '16个镇、2个乡'
 */
export function describeDivisionCounts(
  lang: Language,
  counts: readonly DivisionCount[],
  fill: (key: ReturnType<typeof divisionCountKey>, values: { count: number }) => string,
): string {
  const words = counts.map(({ kind, count }) => fill(divisionCountKey(kind, count), { count }));
  if (words.length < 2) return words.join('');
  return `${words.slice(0, -1).join(listSeparator(lang))}${byLanguage(lang, lastJoin)}${words.at(-1)}`;
}
