/**
 * Pinyin on the phone without a pinyin library: the index carries the readings of its own
 * characters (indexFile.ts), and this turns them into the pinyin of a phrase.
 */

/** Character → its readings, from the index's syllable → characters table. */
export function readingTable(readings: Record<string, string>): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const [syllable, characters] of Object.entries(readings)) {
    for (const character of characters) {
      const list = table.get(character);
      if (list) list.push(syllable);
      else table.set(character, [syllable]);
    }
  }
  return table;
}

/** At most this many spellings a phrase, however many of its characters have two readings. */
const maxSpellings = 4;

/**
 * The pinyin spellings of a Chinese phrase, as syllable lists: one for each combination of the
 * readings of its characters (银行 → yin hang and yin xing), up to four. Characters the table does
 * not know are skipped. Empty when it knows none.
 * @example pinyinSpellings('疫苗', table) // [['yi', 'miao']]
 */
export function pinyinSpellings(phrase: string, table: Map<string, string[]>): string[][] {
  let spellings: string[][] = [[]];
  for (const character of phrase) {
    const readings = table.get(character);
    if (!readings) continue;
    spellings = spellings.flatMap((spelling) => readings.map((reading) => [...spelling, reading])).slice(0, maxSpellings);
  }
  return spellings[0]!.length === 0 ? [] : spellings;
}
