import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useScratchContent } from './scratchContent.ts';

const scratch = useScratchContent();

function edit(file: string, change: (json: any) => void) {
  const path = join(scratch.dir(), file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json));
}

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
    expect(problemsOf()).toEqual([
      'content/services/7.json, service 7, field "departments[1]": "ministry-of-magic" is not in content/departments.json',
    ]);
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
