/**
 * Builds the places index (placeSearchIndexFile.ts) from the districts and streets/towns at build
 * time. As for the main index, what needs a dictionary happens here, in Node: the pinyin comes from
 * a function passed in, so the library stays out of the browser, and the shorter names people say
 * are worked out once, so the phone only compares strings.
 */
import type { District, Street } from '../content/placeSchemas.ts';
import { divisionCounts, type DivisionCount } from '../places/divisionCounts.ts';
import { contentSide, type Language } from '../paths.ts';
import { normaliseForSearch } from './normaliseQuery.ts';
import { placeSearchIndexVersion, type IndexedPlace, type PlaceSearchIndexFile } from './placeSearchIndexFile.ts';

/** The words of a place result's detail line, in the index's language, from the locale files. */
export interface PlaceWording {
  /** Under a district: how many subdistricts, towns and townships it has (`12个街道、24个镇`, `12 subdistricts and 24 towns`). */
  divisionCounts(counts: readonly DivisionCount[]): string;
  /** What a street or town is: `街道`, `镇`, `乡` or `subdistrict`, `town`, `township`. */
  streetKind(kind: Street['kind']): string;
}

export interface PlaceSearchIndexSources {
  districts: District[];
  streets: Street[];
  wording: PlaceWording;
  /** The syllables of Chinese text without tones, one a character, e.g. 外滩 → ['wai', 'tan']. */
  toPinyin(text: string): string[];
}

/**
 * What the end of an official name says about the kind of place, longest first: people leave it off
 * (外滩, not 外滩街道; 浦东, not 浦东新区). 江湾镇街道 loses two in turn, 街道 and then 镇.
 */
const kindEndings = ['街道', '新区', '新镇', '区', '镇', '乡'];

/**
 * The shorter names people use for a place, its kind left off, each of two characters or more: a
 * single character (唐 of 唐镇) would match far too much to mean the place.
 * @example shortPlaceNames('江湾镇街道') // ['江湾镇', '江湾']
 * @example shortPlaceNames('唐镇') // []
 */
export function shortPlaceNames(name: string): string[] {
  const shorter: string[] = [];
  let rest = name;
  for (;;) {
    const ending = kindEndings.find((end) => rest.endsWith(end) && Array.from(rest).length - end.length >= 2);
    if (!ending) return shorter;
    rest = rest.slice(0, -ending.length);
    shorter.push(rest);
  }
}

/**
 * Characters Shanghai place names read otherwise than everyday words, which is how people there
 * spell them: 闵行, 杨行, 高行 (hang, not xing), 莘庄 (xin), 重固 (chong). Both spellings are kept.
 */
const localReadings: Record<string, string> = { 行: 'hang', 莘: 'xin', 重: 'chong' };

/** The pinyin of a Chinese name without spaces: as read in context, and with the local readings. */
function spellingsOf(name: string, toPinyin: (text: string) => string[]): string[] {
  const characters = Array.from(name);
  const syllables = toPinyin(name);
  // A name the library cannot read character by character gets no pinyin rather than a wrong one.
  if (syllables.length !== characters.length || !syllables.every((s) => /^[a-z]+$/u.test(s))) return [];
  const local = characters.map((character, i) => localReadings[character] ?? syllables[i]!);
  return [...new Set([syllables.join(''), local.join('')])];
}

/** A district's English name without "District" or "New District", as people write it: Huangpu, Pudong. */
const englishShortName = (name: string) => name.replace(/\s+(?:new\s+)?(?:district|area)$/iu, '');

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

export function buildPlaceSearchIndex(lang: Language, { districts, streets, wording, toPinyin }: PlaceSearchIndexSources): PlaceSearchIndexFile {
  const side = contentSide(lang);
  const place = (target: string, title: string, detail: string, chinese: string[], english: string[] = []): IndexedPlace => ({
    target,
    label: { title, detail },
    names: unique([...chinese, ...english].map(normaliseForSearch)),
    pinyin: unique(chinese.flatMap((name) => spellingsOf(name, toPinyin))),
  });
  const districtByCode = new Map(districts.map((district) => [district.code, district]));
  const districtNames = new Set(districts.flatMap((district) => [district.zh.name, ...shortPlaceNames(district.zh.name)]));
  return {
    version: placeSearchIndexVersion,
    lang,
    places: [
      ...districts.map((district) => {
        const counts = divisionCounts(streets.filter((street) => street.district === district.code));
        const { name } = district.zh;
        return place(
          `district:${district.code}`,
          district[side].name,
          wording.divisionCounts(counts),
          [name, ...shortPlaceNames(name)],
          [district.en.name, englishShortName(district.en.name)],
        );
      }),
      ...streets.map((street) => {
        // Streets have no English name (the code list gives none, and the site invents none).
        const district = districtByCode.get(street.district);
        const detail = [district?.[side].name, wording.streetKind(street.kind)].filter(Boolean).join(' · ');
        // A shorter name that is also a district's is left to the district: 嘉定 means 嘉定区, and 嘉定镇 still finds 嘉定镇街道.
        const shorter = shortPlaceNames(street.name).filter((name) => !districtNames.has(name));
        return place(`street:${street.code}`, street.name, detail, [street.name, ...shorter]);
      }),
    ],
  };
}
