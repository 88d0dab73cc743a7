/** The plan's text and the content folder, as the tests read them: from the project itself. */
import { readFileSync } from 'node:fs';
import { contentFolder, planSourcePath } from '../../src/lib/content/contentFolder.ts';

export const contentDir = contentFolder();
export const sourcePath = planSourcePath(contentDir);
export const sourceText = readFileSync(sourcePath, 'utf8');
