/**
 * `npm test`: every stage in order, each stage's commands side by side where they are independent,
 * stopping at the first that fails. Prints how long each stage took and, after the end-to-end
 * tests, how many pages passed each per-page check (tests/e2e/pageChecks.ts defines them,
 * tests/support/pageChecksReporter.ts writes the counts), so a slow stage or a check that
 * quietly ran on fewer pages shows at a glance.
 *
 * `npm test -- --from e2e` starts at a later stage (the build must already be in dist/).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { pageChecksFileName, pageChecksLine, type PageCheckCounts } from '../tests/support/pageCheckCounts.ts';

interface Stage {
  name: string;
  /** Commands run at the same time; the stage fails if any does. */
  commands: string[][];
}

const stages: Stage[] = [
  // The types of astro:content and import.meta.env, generated into .astro/, which a fresh clone
  // lacks: tsc, running beside astro check, would otherwise start before astro check writes them.
  { name: 'sync', commands: [['astro', 'sync']] },
  {
    name: 'types',
    commands: [
      ['astro', 'check'],
      ['tsc', '--noEmit'],
    ],
  },
  {
    name: 'lint',
    commands: [
      ['eslint', '--max-warnings', '0', '.'],
      ['prettier', '--check', '--log-level', 'warn', '.'],
    ],
  },
  {
    name: 'unit',
    commands: [
      ['vitest', 'run', '--config', 'tests/vitest.config.ts'],
      // How many services have cited next steps; fails when a count falls (content/next-steps-coverage.json).
      ['node', 'scripts/next-steps-coverage.ts'],
    ],
  },
  { name: 'build', commands: [['astro', 'build']] },
  { name: 'build checks', commands: [['vitest', 'run', '--config', 'tests/vitest.build.config.ts']] },
  { name: 'chromium', commands: [['node', 'scripts/ensure-chromium.ts']] },
  { name: 'e2e', commands: [['playwright', 'test', '--config', 'tests/playwright.config.ts']] },
];

/** Where the end-to-end run leaves its per-page counts (tests/support/pageChecksReporter.ts). */
const pageChecksFile = `test-results/${pageChecksFileName}`;

const { values } = parseArgs({ options: { from: { type: 'string' } } });
const first = values.from ? stages.findIndex((stage) => stage.name === values.from) : 0;
if (first < 0) {
  console.error(`No stage "${values.from}". The stages: ${stages.map((stage) => stage.name).join(', ')}.`);
  process.exit(2);
}

function run(command: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command[0]!, command.slice(1), { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('error', (error) => {
      console.error(`${command.join(' ')}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// A count left by an earlier run must never be read as this one's.
rmSync(pageChecksFile, { force: true });

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
const times: string[] = [];
let failed: string | undefined;
const started = performance.now();

for (const stage of stages.slice(first)) {
  const stageStarted = performance.now();
  console.log(`\n▶ ${stage.name}: ${stage.commands.map((command) => command.join(' ')).join('  +  ')}`);
  const codes = await Promise.all(stage.commands.map(run));
  times.push(`${stage.name} ${seconds(stageStarted)} s`);
  if (codes.some((code) => code !== 0)) {
    failed = stage.name;
    break;
  }
}

console.log(`\nStages: ${times.join(' · ')} · total ${seconds(started)} s`);
if (!failed && existsSync(pageChecksFile)) {
  console.log(pageChecksLine(JSON.parse(readFileSync(pageChecksFile, 'utf8')) as PageCheckCounts));
}
if (failed) {
  console.error(`Stopped: the ${failed} stage failed.`);
  process.exit(1);
}
