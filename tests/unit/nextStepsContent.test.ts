/**
 * "How to get it" refuses any fact it cannot back: no source, a source of a kind the site does not
 * accept, a page not on record, or words that do not stand where the citation says.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostFitsKind } from '../../src/lib/content/nextStepsSchemas.ts';
import { useScratchContent } from './scratchContent.ts';

const scratch = useScratchContent();

const edit = scratch.edit;

const sourceNamed = (sources: any[], id: string) => sources.find((source) => source.id === id);

describe('next steps in content/', () => {
  it('load as they are, every cited word found where its citation says', () => {
    expect(scratch.problems()).toEqual([]);
  });

  it('refuse a place to go that names no source', () => {
    edit('next-steps/25.json', (record) => {
      record.where[0].cites = [];
    });
    expect(scratch.problems()).toEqual([
      expect.stringMatching(/^content\/next-steps\/25\.json, next steps of service 25, field "where\[0\]\.cites": name the source this fact rests on/u),
    ]);
  });

  it('refuse a document to bring without any citation at all', () => {
    edit('next-steps/3.json', (record) => {
      delete record.bring[0].cites;
    });
    expect(scratch.problems()).toEqual([
      expect.stringMatching(/^content\/next-steps\/3\.json, next steps of service 3, field "bring\[0\]\.cites": name the source/u),
    ]);
  });

  it('refuse a citation of a kind the site does not accept, such as a blog', () => {
    edit('next-steps/3.json', (record) => {
      record.bring[0].cites = [{ from: 'blog', url: 'https://example.org/vaccines', words: 'bring the booklet' }];
    });
    expect(scratch.problems()).toEqual([expect.stringMatching(/^content\/next-steps\/3\.json, next steps of service 3, field "bring\[0\]\.cites\[0\]/u)]);
  });

  it('refuse a page that is not on record in content/sources.json', () => {
    edit('next-steps/3.json', (record) => {
      record.bring[0].cites = [{ from: 'page', page: 'a-parenting-forum', words: 'bring the booklet' }];
    });
    expect(scratch.problems()).toEqual([
      'content/next-steps/3.json, next steps of service 3, field "bring[0].cites[0]": page "a-parenting-forum" is not in content/sources.json: add the page you read, with its excerpts',
    ]);
  });

  it('refuse words that the page read does not say', () => {
    edit('next-steps/3.json', (record) => {
      record.bring[0].cites[0].words = 'bring your hukou booklet';
    });
    expect(scratch.problems()).toEqual([
      'content/next-steps/3.json, next steps of service 3, field "bring[0].cites[0]": "bring your hukou booklet" does not stand in the excerpts of page "gov-en-vaccination-2024" (content/sources.json): quote only words you read there, exactly',
    ]);
  });

  it("refuse words that are not in the plan item's own text", () => {
    edit('next-steps/25.json', (record) => {
      record.where[1].cites[0].words = '向居住地残联申请';
    });
    expect(scratch.problems()).toEqual([
      'content/next-steps/25.json, next steps of service 25, field "where[1].cites[0]": "向居住地残联申请" does not stand in item 25\'s 服务对象, 服务项目 or 服务内容: copy the words exactly',
    ]);
  });

  it("refuse words that are not in the cited measure's text", () => {
    edit('next-steps/41.json', (record) => {
      record.where[0].cites[0].number = 15;
    });
    expect(scratch.problems()).toEqual([
      expect.stringMatching(/^content\/next-steps\/41\.json, next steps of service 41, field "where\[0\]\.cites\[0\]": ".+" does not stand in measure 15/u),
    ]);
  });

  it('refuse a source on a third-party site, however official it sounds', () => {
    edit('sources.json', (sources) => {
      sourceNamed(sources, 'gov-en-vaccination-2024').url = 'https://en.firstaidchina.com/expat-healthcare/vaccinating-your-children-in-shanghai.html';
    });
    expect(scratch.problems()).toEqual([
      expect.stringMatching(
        /^content\/sources\.json, source "gov-en-vaccination-2024", field "url": en\.firstaidchina\.com is not a government or department site .*never a source$/u,
      ),
    ]);
  });

  it('refuse a source of a kind other than government or state media', () => {
    edit('sources.json', (sources) => {
      sourceNamed(sources, 'shine-2019-shelters').kind = 'third-party';
    });
    expect(scratch.problems()).toEqual([expect.stringMatching(/^content\/sources\.json, source "shine-2019-shelters", field "kind": /u)]);
  });

  it('refuse a source without the date it was read', () => {
    edit('sources.json', (sources) => {
      delete sourceNamed(sources, 'shine-2019-shelters').read;
    });
    expect(scratch.problems()).toEqual([expect.stringMatching(/^content\/sources\.json, source "shine-2019-shelters", field "read": /u)]);
  });

  it('refuse a school notice attributed to a department the plan does not make responsible', () => {
    edit('next-steps/8.json', (record) => {
      record.setByNotice.department = 'civil-affairs';
    });
    expect(scratch.problems()).toEqual([
      'content/next-steps/8.json, next steps of service 8, field "setByNotice.department": "civil-affairs" is not a department the plan makes responsible for service 8 (education)',
    ]);
  });

  it('refuse one document worded two ways, since the family checklist lists it once', () => {
    edit('next-steps/20.json', (record) => {
      record.bring = [
        { document: 'vaccination-booklet', zh: '接种证', en: 'Vaccination certificate', cites: [{ from: 'item', number: 20, words: '参保服务' }] },
      ];
    });
    expect(scratch.problems()).toEqual([
      'content/next-steps/20.json, next steps of service 20, field "bring[0]": document "vaccination-booklet" is worded differently in service 3: word it the same way in both, or give it another document id',
    ]);
  });

  it('refuse an office that the map searches do not know', () => {
    edit('next-steps/3.json', (record) => {
      record.where[0].office = 'vaccination-shop';
    });
    expect(scratch.problems()).toEqual([expect.stringMatching(/^content\/next-steps\/3\.json, next steps of service 3, field "where\[0\]\.office": /u)]);
  });

  it('ask for the next steps of a service that has none, rather than show nothing', () => {
    rmSync(join(scratch.dir(), 'next-steps/30.json'));
    expect(scratch.problems()).toEqual(['content/next-steps/: service 30 has no next steps; add 30.json (empty lists say that no source says)']);
  });

  it("check the words of a hotline's cited role too", () => {
    edit('hotlines.json', (hotlines) => {
      hotlines.find((line: any) => line.id === '12345').officialRole.cites[0].words = 'answers 24 hours a day';
    });
    expect(scratch.problems()).toEqual([
      expect.stringMatching(/^content\/hotlines\.json, hotline "12345", field "officialRole\.cites\[0\]": "answers 24 hours a day" does not stand/u),
    ]);
  });

  it('check the words of what a page says of a kind of place, such as how many workstations there are', () => {
    edit('place-kinds.json', (kinds) => {
      kinds.find((kind: any) => kind.id === 'minor-protection-workstation').facts[0].cites[0].words = 'a workstation in every village';
    });
    expect(scratch.problems()).toEqual([
      expect.stringMatching(
        /^content\/place-kinds\.json, place kind "minor-protection-workstation", field "facts\[0\]\.cites\[0\]": "a workstation in every village" does not stand/u,
      ),
    ]);
  });

  it('refuse a fact about a kind of place that names no source', () => {
    edit('place-kinds.json', (kinds) => {
      kinds.find((kind: any) => kind.id === 'minor-protection-workstation').facts[0].cites = [];
    });
    expect(scratch.problems()).toEqual([
      expect.stringMatching(/^content\/place-kinds\.json, place kind "minor-protection-workstation", field "facts\[0\]\.cites": name the source/u),
    ]);
  });
});

describe('hostFitsKind', () => {
  it('takes government sites under .gov.cn, subdomains included', () => {
    expect(hostFitsKind('english.shanghai.gov.cn', 'government')).toBe(true);
    expect(hostFitsKind('www.shanghai.gov.cn', 'government')).toBe(true);
  });

  it('does not take a host that merely ends in the same letters', () => {
    expect(hostFitsKind('notgov.cn', 'government')).toBe(false);
    expect(hostFitsKind('shanghai.gov.cn.example.com', 'government')).toBe(false);
    expect(hostFitsKind('fakeshine.cn', 'state-media')).toBe(false);
  });

  it('keeps the kinds apart: a newspaper is not a government site', () => {
    expect(hostFitsKind('www.shine.cn', 'state-media')).toBe(true);
    expect(hostFitsKind('www.shine.cn', 'government')).toBe(false);
  });
});
