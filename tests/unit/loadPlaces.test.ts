/**
 * Broken places and division rows are refused by the build with a message naming the file, the
 * record and the field; good ones load. Every record here is fictional (示例) and only ever written
 * to a scratch copy of content/.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import { examplePlace } from './examplePlace.ts';
import { useScratchContent } from './scratchContent.ts';

const scratch = useScratchContent();
const problemsOf = () => scratch.problems();

function writePlaces(places: unknown[]) {
  writeFileSync(join(scratch.dir(), 'places.json'), JSON.stringify(places));
}

describe('places.json', () => {
  it('loads a good place, with its location kept in the system it was given in', () => {
    writePlaces([examplePlace]);
    expect(problemsOf()).toEqual([]);
    expect(loadContent(scratch.dir()).places[0]?.location).toEqual(examplePlace.location);
  });

  it.each([
    [
      'an unknown district code',
      { district: '310199', street: undefined, kind: 'rescue-protection-institution' },
      'field "district": "310199" is not one of Shanghai\'s 16 district codes',
    ],
    ['a street of another district', { street: '310104003' }, 'field "street": is not in district 310101'],
    ['a street code not in the list', { street: '310101999' }, 'field "street": "310101999" is not a street or town code'],
    [
      'a statistical unit for a street',
      { district: '310115', street: '310115503', location: undefined },
      'field "street": "310115503" is not a street or town code',
    ],
    ['a street-level place with no street', { street: undefined }, 'field "street": is missing'],
    [
      'a district-level place given a street',
      { kind: 'rescue-protection-institution' },
      'field "street": must be empty: this kind of place serves the whole district',
    ],
    ['a longitude outside Shanghai', { location: { longitude: 116.4, latitude: 39.9, system: 'wgs84' } }, 'field "location.longitude": is outside Shanghai'],
    ['swapped longitude and latitude', { location: { longitude: 31.2305, latitude: 121.4812, system: 'gcj02' } }, 'are longitude and latitude swapped?'],
    ['no coordinate system', { location: { longitude: 121.4812, latitude: 31.2305 } }, 'field "location.system": must be wgs84, gcj02 or bd09'],
    [
      'coordinates in another district',
      { location: { longitude: 121.4365, latitude: 31.1886, system: 'wgs84' } },
      'lies in 徐汇区 (310104), not in 黄浦区 (310101)',
    ],
    ['a malformed phone', { phone: '5555-0101' }, 'field "phone": must be a Shanghai landline'],
    ['a short number that is no listed hotline', { phone: '12399' }, 'field "phone": "12399" is a short number but not a hotline'],
    ['opening hours not in the supported syntax', { openingHours: '周一至周五 9点到5点' }, 'field "openingHours":'],
    ['a date that does not exist', { verified: '2026-02-30' }, 'field "verified": is not a real date'],
    ['a source that is not a web address', { source: 'javascript:alert(1)' }, 'field "source": must be the http(s) address'],
    ['an unknown kind', { kind: 'youth-centre' }, 'field "kind":'],
    ['a 10,000-character name', { zh: { name: '示'.repeat(10_000), address: '示例路1号' } }, 'field "zh.name": is too long: at most 60 characters'],
  ])('refuses %s, naming the place and the field', (_, change, message) => {
    writePlaces([{ ...examplePlace, ...change }]);
    const problems = problemsOf();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toContain(message);
    expect(problems.every((problem) => problem.startsWith('content/places.json, place '))).toBe(true);
  });

  it('refuses an id used twice and the same place listed twice', () => {
    writePlaces([examplePlace, { ...examplePlace }, { ...examplePlace, id: 'example-workstation-2' }]);
    const problems = problemsOf().join('\n');
    expect(problems).toContain('field "id": "example-workstation" is used twice: also by place 1');
    expect(problems).toContain('field "zh.name": "示例工作站" is listed twice for the same street or town');
  });

  it("accepts coordinates that lie in the place's district, whichever system they are in", () => {
    // A GCJ-02/WGS-84 mix-up (about 500 m) is only caught where it crosses a border; inside a
    // district nothing can tell, which is why the system must always be written.
    writePlaces([{ ...examplePlace, location: { ...examplePlace.location, system: 'wgs84' } }]);
    expect(problemsOf()).toEqual([]);
  });
});

describe('content/divisions/', () => {
  it('refuses a street row with a malformed code, naming the row', () => {
    const path = join(scratch.dir(), 'divisions/streets-towns.csv');
    writeFileSync(path, readFileSync(path, 'utf8').replace('310101013,外滩街道', '31010113,外滩街道'));
    expect(problemsOf().join('\n')).toContain('content/divisions/streets-towns.csv, street/town 31010113, field "code": must be a Shanghai street/town code');
  });

  it('refuses a district without an outline', () => {
    const path = join(scratch.dir(), 'divisions/district-boundaries.geojson');
    const geojson = JSON.parse(readFileSync(path, 'utf8'));
    geojson.features = geojson.features.filter((feature: { properties: { code: string } }) => feature.properties.code !== '310151');
    writeFileSync(path, JSON.stringify(geojson));
    expect(problemsOf().join('\n')).toContain('has no outline with an English name for district 310151 崇明区');
  });
});

describe('office-kinds.json', () => {
  const path = () => join(scratch.dir(), 'office-kinds.json');
  const kinds = () => JSON.parse(readFileSync(path(), 'utf8')) as Record<string, unknown>[];
  const writeKinds = (records: unknown[]) => writeFileSync(path(), JSON.stringify(records));

  it('lists the four offices every street offers a map search for, by the ids other pages use, in order', () => {
    expect(loadContent(scratch.dir()).officeKinds.map((kind) => [kind.id, kind.searchWord])).toEqual([
      ['community-affairs-centre', '社区事务受理服务中心'],
      ['community-health-centre', '社区卫生服务中心'],
      ['minor-protection-workstation', '未成年人保护工作站'],
      ['employment-service-station', '社区就业服务站'],
    ]);
  });

  it.each([
    [
      'a search word with a space, which would search for something else',
      { searchWord: '社区 卫生服务中心' },
      'field "searchWord": must be Chinese characters only',
    ],
    ['a search word in English', { searchWord: 'health centre' }, 'field "searchWord": must be Chinese characters only'],
    ['an id no page knows', { id: 'police-station' }, 'field "id": must be one of community-affairs-centre'],
    ['a field no schema names', { zh: { name: '社区卫生服务中心' } }, 'field "zh": is not a known field'],
    ['no English name', { en: { name: ' ' } }, 'field "en.name": is empty'],
  ])('refuses %s, naming the office kind and the field', (_, change, message) => {
    writeKinds(kinds().map((kind, index) => (index === 1 ? { ...kind, ...change } : kind)));
    const problems = problemsOf().join('\n');
    expect(problems).toContain('content/office-kinds.json, office kind ');
    expect(problems).toContain(message);
  });

  it('refuses a list that leaves out a kind other pages link to, or gives two kinds the same place', () => {
    writeKinds(kinds().flatMap((kind) => (kind.id === 'community-health-centre' ? [] : [{ ...kind, order: 1 }])));
    const problems = problemsOf();
    expect(problems).toContain('content/office-kinds.json: office kind "community-health-centre" is missing');
    expect(problems).toContain('content/office-kinds.json: two office kinds have order 1: give each its own place');
  });
});
