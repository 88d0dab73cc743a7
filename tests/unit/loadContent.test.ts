import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplePlace } from './examplePlace.ts';
import { useScratchContent } from './scratchContent.ts';

const scratch = useScratchContent();

const edit = scratch.edit;

const problemsOf = () => scratch.problems();

describe('loadContent', () => {
  it('loads the real content without a problem', () => {
    expect(problemsOf()).toEqual([]);
  });

  it('names the file, the record and the field of an empty translation', () => {
    edit('services/3.json', (service) => {
      service.en.name = '';
    });
    expect(problemsOf()).toEqual([expect.stringMatching(/^content\/services\/3\.json, service 3, field "en\.name": is empty/u)]);
  });

  it('names a department reference that does not resolve', () => {
    edit('services/7.json', (service) => {
      service.departments = ['education', 'ministry-of-magic'];
    });
    expect(problemsOf()).toEqual(['content/services/7.json, service 7, field "departments[1]": "ministry-of-magic" is not in content/departments.json']);
  });

  it('names a measure that lists a section that does not exist', () => {
    edit('measures.json', (measures) => {
      measures[4].section = 9;
    });
    expect(problemsOf()).toEqual([expect.stringMatching(/^content\/measures\.json, measure 5, field "section": /u)]);
  });

  it('reports a service missing from the numbering', () => {
    rmSync(join(scratch.dir(), 'services/42.json'));
    expect(problemsOf()).toEqual([
      'content/services/: service 42 is missing',
      'content/search-terms.json, entry 42, field "target": "service:42" is not in the content',
      'content/next-steps/42.json, next steps of service 42, field "service": there is no service 42 in content/services/',
    ]);
  });

  it('reports a service file named for another number', () => {
    edit('services/5.json', (service) => {
      service.number = 6;
    });
    expect(problemsOf()).toEqual(['content/services/5.json, service 6, field "number": the file must be named 6.json']);
  });

  it('names a file that is not valid JSON', () => {
    writeFileSync(join(scratch.dir(), 'hotlines.json'), '[{"id": "12355",');
    expect(problemsOf()[0]).toMatch(/^content\/hotlines\.json: is not valid JSON/u);
  });

  it('refuses a short name given to two departments', () => {
    edit('departments.json', (departments) => {
      departments[1].zh.shortNames.push('市民政局');
    });
    expect(problemsOf()).toContain('content/departments.json: the short name "市民政局" is given to more than one department');
  });

  it('refuses a hotline number with letters in it', () => {
    edit('hotlines.json', (hotlines) => {
      hotlines[0].number = '96252S';
    });
    expect(problemsOf()[0]).toMatch(/^content\/hotlines\.json, hotline "962525", field "number": must be the number as dialled/u);
  });

  it('names a search term that leads nowhere', () => {
    edit('search-terms.json', (entries) => {
      entries[0].target = 'service:99';
    });
    expect(problemsOf()).toContain('content/search-terms.json, entry 1, field "target": "service:99" is not in the content');
  });

  it('refuses a search target of an unknown kind', () => {
    edit('search-terms.json', (entries) => {
      entries[0].target = 'shop:1';
    });
    expect(problemsOf()[0]).toMatch(/^content\/search-terms\.json, search terms at position 1, field "target": must be service:N/u);
  });

  it('refuses two entries for one target, and a service left without terms', () => {
    edit('search-terms.json', (entries) => {
      entries[1].target = entries[0].target;
    });
    expect(problemsOf()).toEqual([
      'content/search-terms.json: "service:1" has more than one entry; put all its terms in one',
      'content/search-terms.json: service 2 has no search terms; add the everyday words people use for it',
    ]);
  });

  it('refuses a search term as long as a sentence', () => {
    edit('search-terms.json', (entries) => {
      entries[0].zh.push('我家孩子刚满三个月想问一下社区里哪里可以做体检谢谢');
    });
    expect(problemsOf()[0]).toMatch(/field "zh\[\d+\]": is too long for a search term/u);
  });
});

/**
 * Deliberately broken records, each refused with a message naming the file, the record and the
 * field. (A place outside Shanghai, and the other place problems, are in loadPlaces.test.ts.)
 */
describe('loadContent refuses a broken record, naming the record and the field', () => {
  it.each<[string, string, (json: any) => void, string]>([
    [
      'a service missing a field',
      'services/3.json',
      (service) => delete service.zh.target,
      'content/services/3.json, service 3, field "zh.target": Invalid input: expected string, received undefined',
    ],
    [
      'a service with no department',
      'services/3.json',
      (service) => (service.departments = []),
      'content/services/3.json, service 3, field "departments": needs at least one department',
    ],
    [
      'a service number written as text',
      'services/3.json',
      (service) => (service.number = '3'),
      'content/services/3.json, service at position 1, field "number": Invalid input: expected number, received string',
    ],
    [
      'a hotline missing its name',
      'hotlines.json',
      (hotlines) => delete hotlines[1].en.name,
      'content/hotlines.json, hotline "12355", field "en.name": Invalid input: expected string, received undefined',
    ],
    [
      'a measure missing its departments',
      'measures.json',
      (measures) => delete measures[7].departments,
      'content/measures.json, measure 8, field "departments": Invalid input: expected array, received undefined',
    ],
    [
      'a measure naming an unknown department',
      'measures.json',
      (measures) => (measures[2].departments[0] = 'nobody'),
      'content/measures.json, measure 3, field "departments[0]": "nobody" is not in content/departments.json',
    ],
    [
      'a hotline naming an unknown department',
      'hotlines.json',
      (hotlines) => (hotlines[1].departments = ['nobody']),
      'content/hotlines.json, hotline "12355", field "departments[0]": "nobody" is not in content/departments.json',
    ],
    [
      'a department id that is not a slug',
      'departments.json',
      (departments) => (departments[0].id = 'Civil Affairs'),
      'content/departments.json, department "Civil Affairs", field "id": must be a lower-case slug such as "civil-affairs"',
    ],
    [
      'a measure number used twice',
      'measures.json',
      (measures) => (measures[4].number = 4),
      'content/measures.json, measure 4, field "number": is used more than once',
    ],
    [
      'a department id used twice',
      'departments.json',
      (departments) => (departments[1].id = departments[0].id),
      `content/departments.json, department "civil-affairs", field "id": is used twice`,
    ],
    [
      'a hotline number with a dash',
      'hotlines.json',
      (hotlines) => (hotlines[1].number = '021-12355'),
      'content/hotlines.json, hotline "12355", field "number": must be the number as dialled, digits only (e.g. "12355")',
    ],
    [
      'a hotline number too short to dial',
      'hotlines.json',
      (hotlines) => (hotlines[1].number = '12'),
      'content/hotlines.json, hotline "12355", field "number": must be the number as dialled',
    ],
    [
      'a service with a field no service has',
      'services/3.json',
      (service) => (service.summary = 'misplaced'),
      'content/services/3.json, service 3, field "summary": is not a known field: check its spelling, or remove it',
    ],
    [
      'a service with a misspelt field in its translation',
      'services/3.json',
      (service) => (service.en.sumary = 'typo'),
      'content/services/3.json, service 3, field "en.sumary": is not a known field',
    ],
    [
      'a hotline with a field no hotline has',
      'hotlines.json',
      (hotlines) => (hotlines[1].phone = '12355'),
      'content/hotlines.json, hotline "12355", field "phone": is not a known field: check its spelling, or remove it',
    ],
    [
      'a place with a field no place has',
      'places.json',
      (places) => places.push({ ...examplePlace, website: 'https://example.org' }),
      'content/places.json, place "example-workstation", field "website": is not a known field: check its spelling, or remove it',
    ],
  ])('%s', (_name, file, change, message) => {
    edit(file, change);
    expect(problemsOf()).toContainEqual(expect.stringContaining(message));
  });

  it('refuses a second file for one service number', () => {
    copyFileSync(join(scratch.dir(), 'services/6.json'), join(scratch.dir(), 'services/06.json'));
    expect(problemsOf()).toEqual(['content/services/06.json, service 6, field "number": the file must be named 6.json']);
  });
});
