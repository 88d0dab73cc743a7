/**
 * The crisis list (content/crisis-words.json) and its matcher: every word of the list, as the phone
 * receives it in /crisis.json, calls the answer of its group; near misses never do; and every
 * distress query of tests/bench/search-queries-needs.tsv gets the answer it expects.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentFolder } from '../../src/lib/content/contentFolder.ts';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import { buildCrisisFile, crisisWordsOf, isCrisisFile } from '../../src/lib/search/crisisFile.ts';
import { matchCrisis } from '../../src/lib/search/crisisMatch.ts';
import { useScratchContent } from './scratchContent.ts';

const { crisisGroups } = loadContent(contentFolder());
const file = buildCrisisFile(crisisGroups);
/** The words as the phone has them: the file's, with those other words already find left out. */
const sent = crisisWordsOf(JSON.parse(JSON.stringify(file)) as typeof file);
const match = (query: string) => matchCrisis(query, sent);

describe('the crisis list, as the phone receives it', () => {
  it('is a file the phone accepts', () => {
    expect(isCrisisFile(JSON.parse(JSON.stringify(file)))).toBe(true);
  });

  for (const group of crisisGroups) {
    it.each(group.words.map((w) => w.word))(`${group.id}: %s calls its group's answer`, (word) => {
      const found = match(word);
      if (group.tier === 'child') expect(found).toBeUndefined();
      else {
        // A word may hold another group's word too (男人打我 holds 打我): the lines add up.
        expect(found?.tier).toBe(group.tier);
        expect(found?.lines).toEqual(expect.arrayContaining(group.lines));
      }
    });
  }
});

describe('matchCrisis', () => {
  it.each([
    ['不想活了', 'danger', ['962525']],
    ['我想自杀', 'danger', ['962525']],
    ['我女儿想自杀', 'danger', ['962525', '12355']],
    ['zi sha', 'danger', ['962525']],
    ['I want to kill myself', 'danger', ['962525']],
    ['suicdie', 'danger', ['962525']],
    ['孩子被老公打', 'danger', ['12338', '12355']],
    ['老公家暴', 'danger', ['12338']],
    ['my husband hits me', 'danger', ['12338', '12355']],
    ['老公打我', 'danger', ['12338', '12355']],
    ['dad is hitting me', 'danger', ['12355']],
    ['孩子找不到了', 'danger', []],
    ['my child is missing', 'danger', []],
    ['孩子在学校被欺负', 'help', ['12355']],
    ['压力大', 'help', ['962525']],
    ['孩子压力大', 'help', ['962525', '12355']],
    ["can't sleep", 'help', ['962525']],
    ['心里难受，不想活了', 'danger', ['962525']],
  ])('%s → %s %j', (query, tier, lines) => {
    expect(match(query)).toEqual({ tier, lines });
  });

  // Words that share characters or letters with the list but are everyday searches for services.
  it.each([
    '打印',
    '打印海报',
    '打疫苗',
    '打针',
    '自己',
    '被子',
    '笑死',
    '死机',
    '孤独症',
    '孩子找不到幼儿园',
    '打电话',
    '打工',
    '疫苗本丢了',
    '孩子',
    'rap music',
    'said',
    'firefighter',
    'kidding',
    'legal aid',
    'vaccine',
    '',
  ])('%s gets no crisis answer', (query) => {
    expect(match(query)).toBeUndefined();
  });
});

describe('the distress queries of the needs set', () => {
  const rows = readFileSync(new URL('../bench/search-queries-needs.tsv', import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .filter(([, , kind]) => kind === 'distress');

  it('has the queries', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows.map(([query, expected]) => [query!, expected!]))('%s puts the crisis answer first (%s)', (query, expected) => {
    expect(`crisis:${match(query)?.tier}`).toBe(expected);
  });
});

describe('a hand-edited crisis list', () => {
  const scratch = useScratchContent();

  it('refuses a group that suggests a number the plan does not name', () => {
    scratch.edit('crisis-words.json', (groups) => {
      groups[0].lines = ['110'];
    });
    expect(scratch.problems()).toEqual([
      'content/crisis-words.json, crisis group "self-harm", field "lines": "110" is not one of the plan\'s hotlines with a number',
    ]);
  });

  it('refuses a word written otherwise than the search reads a query', () => {
    scratch.edit('crisis-words.json', (groups) => {
      groups[0].words.push({ word: 'Kill  Myself', why: 'capitals and two spaces' });
    });
    expect(scratch.problems()).toEqual([
      expect.stringMatching(/^content\/crisis-words\.json, crisis group "self-harm", field "words\[\d+\]\.word": must be Chinese characters only/u),
    ]);
  });

  it('refuses a word in two groups', () => {
    scratch.edit('crisis-words.json', (groups) => {
      groups[1].words.push({ word: '自杀', why: 'again' });
    });
    expect(scratch.problems()).toEqual(['content/crisis-words.json: the word "自杀" stands in more than one group']);
  });
});

describe('a very long query', () => {
  it('is read only to its first 100 characters, as the search reads it', () => {
    expect(matchCrisis(`${'打疫苗'.repeat(40)}自杀`, sent)).toBeUndefined();
    expect(matchCrisis(`自杀${'a'.repeat(5000)}`, sent)?.tier).toBe('danger');
  });
});
