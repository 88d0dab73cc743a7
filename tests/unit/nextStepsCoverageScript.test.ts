/** scripts/next-steps-coverage.ts run as CI runs it, against a scratch copy of content/ (CONTENT_DIR). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useScratchContent } from './scratchContent.ts';

const projectDir = fileURLToPath(new URL('../..', import.meta.url));
const scratch = useScratchContent();

const runCoverage = () =>
  spawnSync(process.execPath, [join(projectDir, 'scripts/next-steps-coverage.ts')], {
    cwd: projectDir,
    env: { ...process.env, CONTENT_DIR: scratch.dir() },
    encoding: 'utf8',
  });

const edit = scratch.edit;

describe('npm run content:coverage', () => {
  it('prints, out of 42, the services with a cited place, documents and timing, and passes', () => {
    const run = runCoverage();
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/where\s+\d+\/42: /u);
    expect(run.stdout).toMatch(/bring\s+\d+\/42: /u);
    expect(run.stdout).toMatch(/when\s+\d+\/42: /u);
  });

  it('fails when a cited place is lost, naming the part and the required service', () => {
    edit('next-steps/30.json', (record) => {
      record.where = [];
    });
    const run = runCoverage();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/where: \d+ services, fewer than the \d+ recorded/u);
    expect(run.stderr).toContain('where: required for 30');
  });

  it('lists an official page last read more than a year ago, for the data owners to read again', () => {
    edit('sources.json', (sources) => {
      sources.find((source: { id: string }) => source.id === 'shine-2019-shelters').read = '2020-01-02';
    });
    const run = runCoverage();
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/2020-01-02\s+shine-2019-shelters\s+https:\/\/www\.shine\.cn\//u);
  });
});
