import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSpreadsheet } from '../../src/lib/places/decodeSpreadsheet.ts';
import { importPlaces, type PlaceImportContext } from '../../src/lib/places/importPlaces.ts';
import { placeColumns, type PlaceColumn } from '../../src/lib/places/placeColumns.ts';
import { districtShapes, twoDistricts } from '../support/divisionFixtures.ts';

const context: PlaceImportContext = { ...twoDistricts, hotlineNumbers: new Set(['12355', '962525']), today: '2026-06-30' };

type Row = Partial<Record<PlaceColumn, string>>;

/** A row that is right in every cell: each test changes what it is about. */
const goodRow: Row = {
  id: 'example-workstation',
  kind: 'minor-protection-workstation',
  name_zh: '示例街道未成年人保护工作站',
  name_en: 'Example Street Minor Protection Workstation',
  district_code: '310101',
  street_code: '310101002',
  address_zh: '示例路1号',
  address_en: '1 Example Road',
  longitude: '121.4812',
  latitude: '31.2305',
  coordinate_system: 'gcj02',
  phone: '021-5555 0101',
  opening_hours: 'Mo-Fr 09:00-17:00; PH off',
  services: '23;30',
  source_url: 'https://example.org/places/one',
  verified_on: '2026-03-01',
};

const quote = (cell: string) => (/[",\r\n]/u.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
/** A spreadsheet as Excel saves it: the header, then one line a row, CRLF. */
const csv = (...rows: Row[]) =>
  [placeColumns.join(','), ...rows.map((row) => placeColumns.map((column) => quote(row[column] ?? '')).join(','))].join('\r\n') + '\r\n';
const problemsOf = (text: string) => {
  const result = importPlaces(text, context);
  return result.ok ? [] : result.problems;
};

describe('importPlaces: a good row', () => {
  it('becomes a place in the form content/places.json keeps', () => {
    expect(importPlaces(csv(goodRow), context)).toEqual({
      ok: true,
      places: [
        {
          id: 'example-workstation',
          kind: 'minor-protection-workstation',
          district: '310101',
          street: '310101002',
          zh: { name: '示例街道未成年人保护工作站', address: '示例路1号' },
          en: { name: 'Example Street Minor Protection Workstation', address: '1 Example Road' },
          location: { longitude: 121.4812, latitude: 31.2305, system: 'gcj02' },
          phone: '021-55550101',
          openingHours: 'Mo-Fr 09:00-17:00; PH off',
          services: [23, 30],
          source: 'https://example.org/places/one',
          verified: '2026-03-01',
        },
      ],
    });
  });

  it('leaves out what empty cells do not give', () => {
    const result = importPlaces(
      csv({ ...goodRow, address_en: '', longitude: '', latitude: '', coordinate_system: '', phone: '', opening_hours: '', services: '' }),
      context,
    );
    expect(result.ok && result.places[0]).toEqual({
      id: 'example-workstation',
      kind: 'minor-protection-workstation',
      district: '310101',
      street: '310101002',
      zh: { name: '示例街道未成年人保护工作站', address: '示例路1号' },
      en: { name: 'Example Street Minor Protection Workstation' },
      services: [],
      source: 'https://example.org/places/one',
      verified: '2026-03-01',
    });
  });

  it.each<[string, Row, (place: Record<string, unknown>) => unknown, unknown]>([
    [
      'trims cells and takes a cell of spaces as empty',
      { name_zh: '  示例工作站 ', address_en: '   ' },
      (place) => [(place.zh as { name: string }).name, (place.en as { address?: string }).address],
      ['示例工作站', undefined],
    ],
    [
      'reads full-width digits',
      { district_code: '３１０１０１', longitude: '１２１．４８１２', services: '２３、３０' },
      (place) => [place.district, (place.location as { longitude: number }).longitude, place.services],
      ['310101', 121.4812, [23, 30]],
    ],
    [
      "drops the ' Excel users type before a code",
      { district_code: "'310101", street_code: "'310101002" },
      (place) => [place.district, place.street],
      ['310101', '310101002'],
    ],
    ['accepts every separator people put between services', { services: '30， 23;23 、 1' }, (place) => place.services, [1, 23, 30]],
    ['writes the coordinate system as the schema does', { coordinate_system: 'GCJ-02' }, (place) => (place.location as { system: string }).system, 'gcj02'],
    ['tidies a phone number to the form the site dials', { phone: '(021) 5555 0101' }, (place) => place.phone, '021-55550101'],
    ['reads a Shanghai landline in its international form', { phone: '+86 21 5555 0101' }, (place) => place.phone, '021-55550101'],
    ['accepts a listed hotline', { phone: '12355' }, (place) => place.phone, '12355'],
    ['writes dates Excel reformatted as YYYY-MM-DD', { verified_on: '2026/3/1' }, (place) => place.verified, '2026-03-01'],
    ['writes Chinese dates as YYYY-MM-DD', { verified_on: '2026年3月1日' }, (place) => place.verified, '2026-03-01'],
    ['tidies the spacing of opening hours', { opening_hours: 'Mo - Fr 09:00-17:00;PH closed' }, (place) => place.openingHours, 'Mo-Fr 09:00-17:00; PH off'],
    [
      'keeps markup as plain text (the site escapes it)',
      { name_en: '<script>alert(1)</script> Example' },
      (place) => (place.en as { name: string }).name,
      '<script>alert(1)</script> Example',
    ],
    ['keeps an apostrophe in a name', { name_en: "'Example' Children's Home" }, (place) => (place.en as { name: string }).name, "'Example' Children's Home"],
    [
      'keeps emoji in a name as text',
      { name_zh: '示例👶🏻工作站', name_en: 'Example 🏠 Home' },
      (place) => [(place.zh as { name: string }).name, (place.en as { name: string }).name],
      ['示例👶🏻工作站', 'Example 🏠 Home'],
    ],
    ['keeps a script address in a name as text', { name_en: 'javascript:alert(1)' }, (place) => (place.en as { name: string }).name, 'javascript:alert(1)'],
  ])('%s', (_name, change, pick, expected) => {
    const result = importPlaces(csv({ ...goodRow, ...change }), context);
    expect(result.ok && pick(result.places[0] as unknown as Record<string, unknown>)).toEqual(expected);
  });

  it('needs no street for a district-level kind', () => {
    const result = importPlaces(csv({ ...goodRow, kind: 'rescue-protection-institution', street_code: '' }), context);
    expect(result.ok && result.places[0]!.street).toBeUndefined();
  });

  it('takes the columns in any order', () => {
    const columns = [...placeColumns].reverse();
    const text = `${columns.join(',')}\r\n${columns.map((column) => quote(goodRow[column] ?? '')).join(',')}\r\n`;
    expect(importPlaces(text, context)).toEqual(importPlaces(csv(goodRow), context));
  });

  it('sorts the places by district, street, kind and id', () => {
    const result = importPlaces(
      csv(
        { ...goodRow, id: 'example-b', name_zh: '示例乙' },
        { ...goodRow, id: 'example-pudong', district_code: '310115', street_code: '310115005', longitude: '121.6034', latitude: '31.2021' },
        { ...goodRow, id: 'example-bookhouse', kind: 'family-bookhouse', name_zh: '示例书屋' },
        { ...goodRow, id: 'example-a', name_zh: '示例甲' },
      ),
      context,
    );
    expect(result.ok && result.places.map((place) => place.id)).toEqual(['example-a', 'example-b', 'example-bookhouse', 'example-pudong']);
  });

  it('skips rows left empty (Excel saves them as commas) and still counts them', () => {
    const text = csv(goodRow, {}, { ...goodRow, id: 'example-two', name_zh: '示例二', phone: 'none' });
    expect(problemsOf(text)).toEqual([
      'row 4 (line 4), field "phone": "none" is not a phone number the site can dial: write a Shanghai landline (021-12345678 or 12345678), a mobile number (13812345678) or a hotline listed in content/hotlines.json',
    ]);
  });

  it('reads the GBK and the UTF-8-with-BOM fixture files into the same places', () => {
    const read = (file: string) => importPlaces(decodeSpreadsheet(readFileSync(new URL(`../fixtures/places/${file}`, import.meta.url))).text, context);
    const gbk = read('places-gbk.csv');
    expect(gbk.ok && gbk.places.map((place) => place.id)).toEqual(['example-workstation-one', 'example-rescue-station', 'example-bookhouse']);
    expect(gbk.ok && gbk.places[0]!.zh.name).toBe('示例街道未成年人保护工作站');
    expect(read('places-utf8-bom.csv')).toEqual(gbk);
  });
});

describe('importPlaces: a bad row', () => {
  it.each<[string, Row, string[]]>([
    [
      'unknown district code',
      { district_code: '310199', street_code: '310199001' },
      [
        'row 2 (line 2), field "district_code": "310199" is not one of Shanghai\'s 16 district codes (content/divisions/districts.csv)',
        'row 2 (line 2), field "street_code": "310199001" is not a street or town code in content/divisions/streets-towns.csv (development zones and farms are not listed: use the street or town the place is in)',
      ],
    ],
    [
      'unknown district code with a street of another district',
      { district_code: '310199' },
      [
        'row 2 (line 2), field "district_code": "310199" is not one of Shanghai\'s 16 district codes',
        'row 2 (line 2), field "street_code": is not in district 310199: a street code starts with its district\'s code',
      ],
    ],
    ['unknown street code', { street_code: '310101999' }, ['row 2 (line 2), field "street_code": "310101999" is not a street or town code']],
    ['street in another district', { street_code: '310115005' }, ['row 2 (line 2), field "street_code": is not in district 310101']],
    [
      'a code that is no code at all',
      { district_code: '黄浦区' },
      ['row 2 (line 2), field "district_code": must be a Shanghai district code', 'row 2 (line 2), field "street_code": is not in district 黄浦区'],
    ],
    [
      'a code Excel turned into a rounded number',
      { street_code: '3.10101E+08' },
      ['row 2 (line 2), field "street_code": "3.10101E+08": Excel has turned it into a rounded number'],
    ],
    ['missing street', { street_code: '' }, ['row 2 (line 2), field "street_code": is empty: this column must be filled in']],
    [
      'coordinates outside Shanghai',
      { longitude: '116.0001', latitude: '39.0001' },
      [
        'row 2 (line 2), field "longitude": is outside Shanghai (longitude 120.8–122.2): are longitude and latitude swapped?',
        'row 2 (line 2), field "latitude": is outside Shanghai (latitude 30.6–31.9)',
      ],
    ],
    [
      'swapped longitude and latitude',
      { longitude: '31.2305', latitude: '121.4812' },
      ['row 2 (line 2), field "longitude": 31.2305 and latitude 121.4812 are swapped: in Shanghai the longitude is about 121 and the latitude about 31'],
    ],
    [
      'missing coordinate system',
      { coordinate_system: '' },
      ['row 2 (line 2), field "coordinate_system": missing coordinate system: write gcj02 for coordinates from Amap (高德)'],
    ],
    ['unknown coordinate system', { coordinate_system: '高德' }, ['row 2 (line 2), field "coordinate_system": "高德" is not a coordinate system: write gcj02']],
    ['longitude without latitude', { latitude: '' }, ['row 2 (line 2), field "latitude": is empty but longitude is given: give both, or neither']],
    [
      'both coordinates in one cell',
      { longitude: '121.4812,31.2305', latitude: '' },
      ['row 2 (line 2), field "longitude": "121.4812,31.2305" holds two numbers', 'row 2 (line 2), field "latitude": is empty but longitude is given'],
    ],
    [
      'coordinates in degrees and minutes',
      { longitude: '121°28\'52"E' },
      ['row 2 (line 2), field "longitude": "121°28\'52"E" is not a number: write decimal degrees'],
    ],
    [
      'coordinates too rough to find the door',
      { latitude: '31.23' },
      ['row 2 (line 2), field "latitude": "31.23" is too rough to find the door (2 decimal places)'],
    ],
    ['malformed phone', { phone: '021-5555-01' }, ['row 2 (line 2), field "phone": "021-5555-01" is not a phone number the site can dial']],
    ['two phone numbers', { phone: '021-5555 0101 / 021-5555 0102' }, ['row 2 (line 2), field "phone": "021-5555 0101 / 021-5555 0102": give one number only']],
    [
      'a phone Excel turned into a rounded number',
      { phone: '1.38E+10' },
      ['row 2 (line 2), field "phone": "1.38E+10": Excel has turned it into a rounded number'],
    ],
    [
      'a short number that is no listed hotline',
      { phone: '12399' },
      ['row 2 (line 2), field "phone": "12399" is a short number but not a hotline in content/hotlines.json'],
    ],
    [
      'malformed hours',
      { opening_hours: 'Mo-Fr 9:00-17:00' },
      ['row 2 (line 2), field "opening_hours": "9:00-17:00": write hours with two digits, 09:00 not 9:00'],
    ],
    [
      'unsupported hours',
      { opening_hours: 'Mo-Fr 09:00-17:00; Dec 25 off' },
      ['row 2 (line 2), field "opening_hours": "Dec": months, dates and years are not supported'],
    ],
    ['unknown kind', { kind: 'library' }, ['row 2 (line 2), field "kind": "library" is not a kind of place: write one of minor-protection-workstation,']],
    ['a date that does not exist', { verified_on: '2026-02-30' }, ['row 2 (line 2), field "verified_on": is not a real date']],
    [
      'a date not written year first',
      { verified_on: '3/1/2026' },
      ['row 2 (line 2), field "verified_on": "3/1/2026" is not a date written year first: write it as 2026-03-01'],
    ],
    ['a date in the future', { verified_on: '2027-01-01' }, ['row 2 (line 2), field "verified_on": 2027-01-01 is in the future']],
    [
      'a service number off the list',
      { services: '23;43' },
      ['row 2 (line 2), field "services": 43 is not a service on the list: the services are numbered 1 to 42'],
    ],
    ['a service that is no number', { services: '23;家庭教育' }, ['row 2 (line 2), field "services": "家庭教育" is not a service number']],
    [
      'a source that is no web address',
      { source_url: 'example.org/places/one' },
      ['row 2 (line 2), field "source_url": must be the http(s) address of the page that gives these facts'],
    ],
    ['a source that runs script', { source_url: 'javascript:alert(1)' }, ['row 2 (line 2), field "source_url": must be the http(s) address']],
    ['an id that is no slug', { id: 'Example Workstation' }, ['row 2 (line 2), field "id": must be a lower-case slug of letters, digits and hyphens']],
    ['an empty name', { name_zh: ' ' }, ['row 2 (line 2), field "name_zh": is empty: this column must be filled in']],
    [
      'a right-to-left override in a name',
      { name_en: 'Example \u202Eekoj' },
      ['row 2 (line 2), field "name_en": contains U+202E (right-to-left override), which a cell may not hold'],
    ],
    [
      'a zero width space and a byte-order mark in an id',
      { id: 'example\u200B-workstation\uFEFF' },
      ['row 2 (line 2), field "id": contains U+200B (zero width space), U+FEFF (zero width no-break space (byte order mark))'],
    ],
    [
      'a bidirectional isolate in an address',
      { address_zh: '示例路\u20661号\u2069' },
      ['row 2 (line 2), field "address_zh": contains U+2066 (left-to-right isolate), U+2069 (pop directional isolate)'],
    ],
    ['a control character', { name_zh: '示例\u0007工作站' }, ['row 2 (line 2), field "name_zh": contains U+0007 (control character)']],
    ['a tab', { address_en: '1 Example\tRoad' }, ['row 2 (line 2), field "address_en": contains U+0009 (tab)']],
    // An emoji joined by zero-width joiners (a family) is refused with the rest of the invisible characters.
    [
      'an emoji joined by zero-width joiners',
      { name_en: 'Example 👨\u200d👩\u200d👧 Home' },
      ['row 2 (line 2), field "name_en": contains U+200D (zero width joiner)'],
    ],
    ['a 10,000-character cell', { name_en: 'A'.repeat(10_000) }, ['row 2 (line 2), field "name_en": is too long (10000 characters): at most 60 are allowed']],
    [
      'an address over 120 characters',
      { address_zh: '示'.repeat(121) },
      ['row 2 (line 2), field "address_zh": is too long (121 characters): at most 120 are allowed'],
    ],
  ])('%s', (_name, change, expected) => {
    const problems = problemsOf(csv({ ...goodRow, ...change }));
    expect(problems).toHaveLength(expected.length);
    expected.forEach((start, index) => expect(problems[index]).toContain(start));
  });

  it('names a place given twice by the row of the first', () => {
    expect(problemsOf(csv(goodRow, { ...goodRow, id: 'example-workstation-copy' }, { ...goodRow, name_zh: '示例另一站' }))).toEqual([
      'row 3 (line 3), field "name_zh": "示例街道未成年人保护工作站" is listed twice for the same street or town: also row 2',
      'row 4 (line 4), field "id": "example-workstation" is used twice: also by row 2',
    ]);
  });

  it('reports every problem of every row, in row order', () => {
    const problems = problemsOf(
      csv({ ...goodRow, phone: 'x', opening_hours: 'sometimes' }, goodRow, { ...goodRow, id: 'example-3', name_zh: '示例三', kind: '' }),
    );
    expect(problems.map((problem) => problem.slice(0, problem.indexOf(':')))).toEqual([
      'row 2 (line 2), field "phone"',
      'row 2 (line 2), field "opening_hours"',
      'row 4 (line 4), field "kind"',
    ]);
  });

  it('cuts a long value short in a message', () => {
    const [problem] = problemsOf(csv({ ...goodRow, kind: 'k'.repeat(39) }));
    expect(problem).toContain(`"${'k'.repeat(39)}" is not a kind of place`);
    const [long] = problemsOf(csv({ ...goodRow, source_url: `not a url ${'x'.repeat(100)}` }));
    expect(long!.length).toBeLessThan(200);
  });

  it('counts rows as the spreadsheet does when a cell holds a line break', () => {
    const text = csv({ ...goodRow, address_zh: '示例路\n1号' }, { ...goodRow, id: 'example-two', name_zh: '示例二', phone: 'x' });
    expect(problemsOf(text).map((problem) => problem.slice(0, problem.indexOf(':')))).toEqual([
      'row 2 (line 2), field "address_zh"',
      'row 3 (line 4), field "phone"',
    ]);
  });

  it('reports text beyond the last named column', () => {
    const text = `${csv(goodRow).trimEnd()},extra\r\n`;
    expect(problemsOf(text)).toEqual(['row 2 (line 2): column 17 has "extra" but no column name in the header: move it, or delete it']);
  });
});

describe('importPlaces: the file as a whole', () => {
  const header = (columns: string[]) => `${columns.join(',')}\r\n`;

  it('reports an unknown column, and a missing one', () => {
    const columns = placeColumns.map((column) => (column === 'phone' ? 'telephone' : column));
    expect(problemsOf(header(columns))).toEqual([
      `row 1 (line 1): column 12, "telephone", is not a column of the places list: the columns are ${placeColumns.join(', ')}`,
      'row 1 (line 1): the column "phone" is missing: copy the header row from content/places-template.csv',
    ]);
  });

  it('says how to spell a column written in other capitals', () => {
    const columns = placeColumns.map((column) => (column === 'name_zh' ? 'Name ZH' : column));
    expect(problemsOf(header(columns))).toEqual(['row 1 (line 1): column 3 is headed "Name ZH": write it exactly "name_zh"']);
  });

  it('reports a column given twice', () => {
    expect(problemsOf(header([...placeColumns, 'id']))).toEqual(['row 1 (line 1): the column "id" is there 2 times: keep one']);
  });

  it('reports an empty file and a quote left open', () => {
    expect(problemsOf('')).toEqual(['the file is empty: its first row must name the columns, as content/places-template.csv does']);
    expect(problemsOf(`${csv(goodRow)}"example`)).toEqual(['line 3: a quoted field is never closed: check for a stray " in this row']);
    expect(problemsOf(`${placeColumns.join(',')}\r\n"example"-workstation,${csv(goodRow).split('\r\n')[1]!.slice('example-workstation,'.length)}\r\n`)).toEqual(
      ['line 2: text follows the closing quote of "example": put the whole cell in quotes and write each " inside it twice ("")'],
    );
  });

  it('accepts a header and no rows as an empty list', () => {
    expect(importPlaces(header([...placeColumns]), context)).toEqual({ ok: true, places: [] });
  });
});

describe('importPlaces: coordinates against the district outlines', () => {
  const withShapes: PlaceImportContext = { ...context, shapes: districtShapes };

  it('accepts a place whose coordinates lie in its district', () => {
    expect(importPlaces(csv(goodRow), withShapes).ok).toBe(true);
  });

  it('names the district the coordinates are really in, in the longitude column', () => {
    // 陆家嘴, across the river in 浦东新区, given for a place in 黄浦区.
    const result = importPlaces(csv({ ...goodRow, longitude: '121.4998', latitude: '31.2397', coordinate_system: 'wgs84' }), withShapes);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/^row 2 \(line 2\), field "longitude": 121\.4998, 31\.2397 \(wgs84\) lies in 浦东新区 \(310115\), not in 黄浦区 \(310101\)/u),
    ]);
  });
});
