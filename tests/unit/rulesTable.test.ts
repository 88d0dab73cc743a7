import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import { eligibilityTable, TABLE_END, TABLE_START, withTable } from '../../src/lib/eligibility/rulesTable.ts';
import { contentDir } from './sourceFile.ts';

describe('the eligibility table in content/README.md', () => {
  it('matches the rules in content/ (run `npm run content:table` after changing them)', () => {
    const readme = readFileSync(`${contentDir}README.md`, 'utf8');
    const table = eligibilityTable(loadContent(contentDir).services);
    expect(readme).toContain(TABLE_START);
    expect(withTable(readme, table)).toBe(readme);
  });
});

describe('withTable', () => {
  it('replaces only what stands between the markers', () => {
    expect(withTable(`a\n${TABLE_START}\nold\n${TABLE_END}\nb`, 'NEW')).toBe('a\nNEW\nb');
  });

  it('leaves a README without markers alone', () => {
    expect(withTable('no table here', 'NEW')).toBe('no table here');
  });
});
