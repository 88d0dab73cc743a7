/**
 * `npm run content:coverage`: how many of the 42 services have a cited place to go, documents and
 * timing, which services the issue that started next steps requires and lack them, and which
 * official pages were last read more than 12 months ago (for the data owners to read again). Fails
 * when a count falls below the floor in content/next-steps-coverage.json, or a required service has
 * lost its cited facts; raise the floor when a count rises.
 */
import { readFileSync } from 'node:fs';
import { contentFolder } from '../src/lib/content/contentFolder.ts';
import { loadContent } from '../src/lib/content/loadContent.ts';
import { isoDate } from '../src/lib/outreach/isoDate.ts';
import { coverageFalls, coverageParts, coverageRecordSchema, missingFrom, nextStepsCoverage, staleSources } from '../src/lib/nextSteps/coverage.ts';

const contentDir = contentFolder();
const content = loadContent(contentDir);
const recordPath = `${contentDir}next-steps-coverage.json`;
const record = coverageRecordSchema.parse(JSON.parse(readFileSync(recordPath, 'utf8')));
const coverage = nextStepsCoverage(content.nextSteps);
const total = content.services.length;

console.log(`Next steps with a cited fact, of ${total} services:`);
for (const part of coverageParts) {
  const floor = record.floor[part];
  const rise = coverage[part].length > floor ? ` (above the floor of ${floor}: raise it in content/next-steps-coverage.json)` : '';
  console.log(`  ${part.padEnd(5)} ${String(coverage[part].length).padStart(2)}/${total}: ${coverage[part].join(', ') || 'none'}${rise}`);
}

const problems = coverageFalls(coverage, record.floor);
for (const part of coverageParts) {
  const missing = missingFrom(coverage, part, record.required[part]);
  if (missing.length > 0)
    problems.push(`${part}: required for ${missing.join(', ')}, which have no cited fact (content/README.md says why, if it cannot be had)`);
}

const today = isoDate(new Date(), 'Asia/Shanghai');
const stale = staleSources(content.sources, today);
console.log(`\nOfficial pages last read more than 12 months before ${today}: ${stale.length === 0 ? 'none' : ''}`);
for (const source of stale) console.log(`  ${source.read}  ${source.id}  ${source.url}`);

if (problems.length > 0) {
  console.error(`\nNext-steps coverage fell:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
