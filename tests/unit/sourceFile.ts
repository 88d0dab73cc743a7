/** The plan's text, read from the shared folder beside the checkout (../shared/source/). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const sourcePath = fileURLToPath(
  new URL('../../../shared/source/shanghai-migrant-children-care-plan-2025.txt', import.meta.url),
);
export const sourceText = readFileSync(sourcePath, 'utf8');
export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
