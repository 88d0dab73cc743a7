/** Rewrites the eligibility table in content/README.md from content/ (see src/lib/eligibility/rulesTable.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { contentFolder } from '../src/lib/content/contentFolder.ts';
import { loadContent } from '../src/lib/content/loadContent.ts';
import { eligibilityTable, withTable } from '../src/lib/eligibility/rulesTable.ts';

const contentDir = contentFolder();
const readmePath = `${contentDir}README.md`;
const readme = readFileSync(readmePath, 'utf8');
const updated = withTable(readme, eligibilityTable(loadContent(contentDir).services));
if (updated === readme) console.log('content/README.md: the table is up to date (or its markers are missing).');
else {
  writeFileSync(readmePath, updated);
  console.log('content/README.md: eligibility table rewritten.');
}
