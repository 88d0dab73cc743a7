/**
 * One cell of the places spreadsheet read into a value, or a message a clerk can act on: the
 * invisible characters, Excel's rounded numbers, full-width digits, coordinates, dates, service
 * numbers and phone numbers as people type them.
 */
import { normalisePlacePhone } from './placePhone.ts';

/** Names of the invisible characters people meet most, for messages. */
const invisibleCharacterNames: Record<number, string> = {
  0x09: 'tab',
  0x0a: 'line break',
  0x0d: 'line break',
  0xad: 'soft hyphen',
  0x200b: 'zero width space',
  0x200c: 'zero width non-joiner',
  0x200d: 'zero width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero width no-break space (byte order mark)',
};

/**
 * Control and format characters (Unicode Cc, Cf) and the line/paragraph separators: none belongs
 * in a name, an address or a code, and some (U+202E) make text display in another order than it
 * is stored, so that what a reviewer reads is not what the site shows.
 */
const invisibleCharacter = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export function invisibleCharactersProblem(cell: string): string | undefined {
  const found = [...new Set(cell.match(invisibleCharacter) ?? [])];
  if (found.length === 0) return undefined;
  const named = found.map((character) => {
    const code = character.codePointAt(0)!;
    const name = invisibleCharacterNames[code] ?? (/\p{Cc}/u.test(character) ? 'control character' : 'invisible formatting character');
    return `U+${code.toString(16).toUpperCase().padStart(4, '0')} (${name})`;
  });
  return `contains ${named.join(', ')}, which a cell may not hold: retype the cell on one line (invisible characters can hide text or show it in another order)`;
}

/** A value as a message shows it: quoted, and cut short so that one bad cell cannot flood the report. */
export function shown(value: string): string {
  const characters = [...value];
  return `"${characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : value}"`;
}

/** Full-width digits and signs, as a Chinese input method types them, as ASCII. */
export const halfWidth = (value: string) =>
  value.replace(/[０-９．－＋]/gu, (character) => String.fromCharCode(character.charCodeAt(0) - 0xfee0)).replace(/。/gu, '.');

/** Excel shows a long number it was not told is text as 1.38E+10, and saves the CSV that way. */
export const isScientificNotation = (value: string) => /^\d+(?:\.\d+)?E\+\d+$/iu.test(value);
export const excelNumberAdvice = 'Excel has turned it into a rounded number: format the column as Text, type the value again and save';

/** A coordinate needs 4 decimal places (about 10 m) to find the door within a 15-minute walk. */
const minimumDecimals = 4;

export function parseCoordinate(value: string): number | string {
  if (/[,，]/u.test(value)) return `${shown(value)} holds two numbers: put the longitude in "longitude" and the latitude in "latitude"`;
  if (!/^-?\d+(?:\.\d+)?$/u.test(value)) return `${shown(value)} is not a number: write decimal degrees, e.g. 121.4737 (not degrees, minutes and seconds)`;
  const decimals = value.split('.')[1]?.length ?? 0;
  if (decimals < minimumDecimals) {
    return `${shown(value)} is too rough to find the door (${decimals} decimal places): copy at least ${minimumDecimals} from the map, e.g. 121.4737`;
  }
  return Number(value);
}

/** `gcj02`, `GCJ-02`, `gcj 02` … all name the same system. */
export const normaliseSystem = (value: string) => value.toLowerCase().replace(/[\s_-]/gu, '');
export const coordinateSystemAdvice =
  'write gcj02 for coordinates from Amap (高德), Tencent (腾讯) or Apple Maps in China, bd09 from Baidu (百度), wgs84 from GPS or OpenStreetMap';

/** Dates as clerks and Excel write them, year first: 2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日. */
export function parseDate(value: string): string | { problem: string } {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(value) ?? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u.exec(value);
  if (!match) return { problem: `${shown(value)} is not a date written year first: write it as 2026-03-01` };
  const [, year, month, day] = match;
  return `${year!}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
}

export function parseServices(value: string): number[] | string {
  const numbers: number[] = [];
  for (const item of value.split(/[;,，、；\s]+/u).filter(Boolean)) {
    if (!/^\d+$/u.test(item)) return `${shown(item)} is not a service number: write numbers from the list of 42 services separated by ;, e.g. 35;36`;
    const number = Number(item);
    if (number < 1 || number > 42) return `${number} is not a service on the list: the services are numbered 1 to 42`;
    if (!numbers.includes(number)) numbers.push(number);
  }
  return numbers.sort((a, b) => a - b);
}

export function parsePhone(value: string): string | { problem: string } {
  if (isScientificNotation(value)) return { problem: `${shown(value)}: ${excelNumberAdvice}` };
  if (/[/、;；,，]|转|ext/iu.test(value)) return { problem: `${shown(value)}: give one number only, without extensions` };
  return (
    normalisePlacePhone(value) ?? {
      problem: `${shown(value)} is not a phone number the site can dial: write a Shanghai landline (021-12345678 or 12345678), a mobile number (13812345678) or a hotline listed in content/hotlines.json`,
    }
  );
}
