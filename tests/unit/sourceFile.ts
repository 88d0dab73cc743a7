/**
 * The plan's text, read from the shared folder beside the checkout (`../shared/source/`), where CI
 * also puts it. PLAN_SOURCE may name the file elsewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const sourcePath =
  process.env.PLAN_SOURCE ??
  fileURLToPath(new URL('../../../shared/source/shanghai-migrant-children-care-plan-2025.txt', import.meta.url));

if (!existsSync(sourcePath)) {
  throw new Error(
    `The source document was not found at ${sourcePath}. The tests compare content/ with it: put the shared ` +
      'folder beside this checkout (../shared/source/), or set PLAN_SOURCE to the file.',
  );
}

export const sourceText = readFileSync(sourcePath, 'utf8');
export const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));
