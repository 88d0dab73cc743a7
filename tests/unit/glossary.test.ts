/**
 * The site's English against its glossary (content/glossary.json): one English term for each
 * recurring Chinese term, in services, measures, places, departments, hotlines, next steps and
 * the locale strings alike.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findGlossaryProblems } from '../../src/lib/content/findGlossaryProblems.ts';
import { loadContent, ContentError } from '../../src/lib/content/loadContent.ts';
import { loadGlossary } from '../../src/lib/content/loadGlossary.ts';
import type { GlossaryEntry } from '../../src/lib/content/schemas.ts';
import { translatedTexts } from '../../src/lib/content/translatedTexts.ts';
import en from '../../src/locales/en.json';
import zh from '../../src/locales/zh-CN.json';
import { contentDir } from './sourceFile.ts';

const glossary = loadGlossary(contentDir);
const content = loadContent(contentDir);
const locales = { zh, en };

const order: GlossaryEntry = {
  zh: '督促监护令',
  en: 'order to perform guardianship duties',
  avoid: ['guardianship supervision order'],
  note: 'An order urging a guardian to do their duty.',
};
const guardian: GlossaryEntry = { zh: '监护人', en: 'guardian', avoid: [], note: 'The legal guardian.' };
const at = (zhText: string, enText: string) => [{ where: 'content/services/31.json, service 31, field "en.content"', zh: zhText, en: enText }];

describe('findGlossaryProblems', () => {
  it('finds nothing where the English writes the term', () => {
    expect(findGlossaryProblems([order], at('制发督促监护令', 'They may be issued an order to perform guardianship duties.'))).toEqual([]);
  });

  it('ignores case, so a term may start a sentence', () => {
    expect(findGlossaryProblems([order], at('督促监护令', 'Order to perform guardianship duties'))).toEqual([]);
  });

  it('finds the term where a longer word starts with it, as a plural does', () => {
    expect(findGlossaryProblems([guardian], at('父母或其他监护人', 'parents or other guardians'))).toEqual([]);
  });

  it('does not take the term from the middle of another word', () => {
    expect(findGlossaryProblems([guardian], at('监护人', 'the ex-guardian'))).toEqual([]);
    expect(findGlossaryProblems([guardian], at('监护人', 'an unguardianed child'))).toHaveLength(1);
  });

  it('says nothing of English whose Chinese does not have the term', () => {
    expect(findGlossaryProblems([order], at('家庭教育指导令', 'a guardianship supervision order'))).toEqual([]);
  });

  it('names the place and the term where the English leaves the term out', () => {
    expect(findGlossaryProblems([order], at('制发督促监护令', 'They may be issued an order.'))).toEqual([
      'content/services/31.json, service 31, field "en.content": the Chinese has 督促监护令, but the English does not write its term "order to perform guardianship duties" (content/glossary.json)',
    ]);
  });

  it('refuses a rendering the glossary lists to avoid, even beside the term', () => {
    expect(findGlossaryProblems([order], at('督促监护令', 'an order to perform guardianship duties (a guardianship supervision order)'))).toEqual([
      'content/services/31.json, service 31, field "en.content": the Chinese has 督促监护令: write "order to perform guardianship duties" (content/glossary.json), not "guardianship supervision order"',
    ]);
  });
});

describe('the site’s English', () => {
  it('writes the glossary’s term wherever the Chinese beside it has the term', () => {
    expect(findGlossaryProblems(glossary, translatedTexts(content, locales))).toEqual([]);
  });

  it('is read from every kind of record and the locale strings', () => {
    const places = new Set(translatedTexts(content, locales).map(({ where }) => where.replace(/,.*$/u, '').replace(/\/\d+\.json$/u, '/')));
    for (const place of [
      'content/services/',
      'content/measures.json',
      'content/measure-sections.json',
      'content/categories.json',
      'content/departments.json',
    ]) {
      expect(places).toContain(place);
    }
    for (const place of [
      'content/hotlines.json',
      'content/place-kinds.json',
      'content/office-kinds.json',
      'content/next-steps/',
      'content/sources.json',
      'src/locales/en.json',
    ]) {
      expect(places).toContain(place);
    }
  });

  it('fails when a copy of the content goes back to a rendering the glossary refuses', () => {
    const wrong = structuredClone(content);
    const service31 = wrong.services.find((service) => service.number === 31)!;
    service31.en.content = service31.en.content.replace('order to perform guardianship duties', 'guardianship supervision order');
    expect(findGlossaryProblems(glossary, translatedTexts(wrong, locales))).toEqual([
      expect.stringMatching(
        /^content\/services\/31\.json, service 31, field "en\.content": the Chinese has 督促监护令: write "order to perform guardianship duties"/u,
      ),
    ]);
  });

  it('fails when a locale string drops the term', () => {
    const wrong = { zh, en: { ...en, 'check.q.insurance.title': 'Does your child have health insurance?' } };
    expect(findGlossaryProblems(glossary, translatedTexts(content, wrong))).toEqual([
      expect.stringMatching(/^src\/locales\/en\.json, "check\.q\.insurance\.title": the Chinese has 医疗保险: write "medical insurance"/u),
    ]);
  });
});

describe('loadGlossary', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const problemsOf = (json: unknown) => {
    dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    writeFileSync(join(dir, 'glossary.json'), JSON.stringify(json));
    try {
      loadGlossary(dir);
    } catch (error) {
      if (error instanceof ContentError) return error.problems;
      throw error;
    }
    return [];
  };

  it('loads a well-formed term, with nothing to avoid by default', () => {
    expect(problemsOf([{ zh: '监护人', en: 'guardian', note: 'The legal guardian.' }])).toEqual([]);
  });

  it('refuses a field it does not know, naming the term', () => {
    expect(problemsOf([{ ...order, notes: 'a misspelt note' }])).toEqual([
      'content/glossary.json, term 督促监护令, field "notes": is not a known field: check its spelling, or remove it',
    ]);
  });

  it('refuses a term without a note saying why', () => {
    expect(problemsOf([{ zh: '监护人', en: 'guardian' }])).toEqual([expect.stringMatching(/^content\/glossary\.json, term 监护人, field "note": /u)]);
  });

  it('refuses a rendering to avoid that contains the term itself', () => {
    expect(problemsOf([{ ...guardian, avoid: ['legal guardian'] }])).toEqual([
      expect.stringMatching(/^content\/glossary\.json, term 监护人, field "avoid": a rendering to avoid contains the English term/u),
    ]);
  });

  it('refuses the same Chinese term twice', () => {
    expect(problemsOf([guardian, { ...guardian, en: 'custodian' }])).toEqual(['content/glossary.json, term 监护人: stands twice: keep one entry for it']);
  });

  it('refuses a file that is not a list', () => {
    expect(problemsOf({ terms: [guardian] })).toEqual([expect.stringMatching(/^content\/glossary\.json: must be a list of terms/u)]);
  });
});
