/**
 * scripts/places-import.ts run as a person runs it, against a copy of the content folder
 * (CONTENT_DIR), so that the project's own content/places.json is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyDivisions } from '../support/divisionFixtures.ts';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/places/places-gbk.csv', import.meta.url));
let workDir: string;
let contentDir: string;

const runImport = (...args: string[]) =>
  spawnSync(process.execPath, [join(projectDir, 'scripts/places-import.ts'), ...args], {
    cwd: projectDir,
    env: { ...process.env, CONTENT_DIR: contentDir, INIT_CWD: workDir },
    encoding: 'utf8',
  });

beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'places-import-'));
  contentDir = join(workDir, 'content');
  copyDivisions(contentDir);
  cpSync(join(projectDir, 'content/hotlines.json'), join(contentDir, 'hotlines.json'));
});

afterEach(() => rmSync(workDir, { recursive: true, force: true }));

describe('npm run places:import', () => {
  it('writes content/places.json from a good spreadsheet, and says what changed', () => {
    const run = runImport(fixture);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 places written to content/places.json: 3 added');
    const written = readFileSync(join(contentDir, 'places.json'), 'utf8');
    expect(written.endsWith(']\n')).toBe(true);
    expect(written).toContain('\n  {\n    "id": "example-workstation-one",');
    expect((JSON.parse(written) as { id: string }[]).map((place) => place.id)).toEqual([
      'example-workstation-one',
      'example-rescue-station',
      'example-bookhouse',
    ]);
  });

  it('writes nothing and exits 1 when a row is bad, listing every problem', () => {
    const good = readFileSync(fixture);
    writeFileSync(join(contentDir, 'places.json'), '[]\n');
    // The same file with the first row's district code changed to one that does not exist.
    const bad = Buffer.from(good.toString('latin1').replace(',310101,310101002,', ',310199,310101002,'), 'latin1');
    writeFileSync(join(workDir, 'bad.csv'), bad);
    const run = runImport('bad.csv');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('bad.csv: 2 problem(s); nothing was written:');
    expect(run.stderr).toContain('- row 2 (line 2), field "district_code": "310199" is not one of Shanghai\'s 16 district codes');
    expect(readFileSync(join(contentDir, 'places.json'), 'utf8')).toBe('[]\n');
  });

  it('only checks with --check', () => {
    const run = runImport('--check', fixture);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 places, every row is right. Nothing was written (--check).');
    expect(existsSync(join(contentDir, 'places.json'))).toBe(false);
  });

  it('says how to use it when no file is given, or the file cannot be read', () => {
    expect(runImport()).toMatchObject({ status: 2, stderr: expect.stringContaining('Usage: npm run places:import -- [--check] <places.csv>') });
    expect(runImport('missing.csv')).toMatchObject({ status: 2, stderr: expect.stringContaining('missing.csv: there is no such file') });
  });
});
