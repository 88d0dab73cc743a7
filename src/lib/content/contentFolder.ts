/**
 * Where the facts are read from, resolved in this one place for the build, the scripts and the tests.
 *
 * content/ in the project, or CONTENT_DIR: a test builds the site a second time from a changed copy
 * of the content (as a deploy would), and the places import test writes to a copy. Not
 * import.meta.url: in the build this module runs from a bundled chunk elsewhere. Astro, npm scripts
 * and Vitest all run from the project's root.
 */
import { join, resolve } from 'node:path';

/** The content folder, absolute, with a trailing slash. */
export function contentFolder(): string {
  return `${resolve(process.env.CONTENT_DIR ?? join(process.cwd(), 'content'))}/`;
}

/**
 * The plan's text as extracted from the PDF, kept in the project with its provenance and checksum
 * (content/source/README.md), so that a clone needs nothing beside it to prove content verbatim.
 */
export function planSourcePath(folder = contentFolder()): string {
  return join(folder, 'source', 'shanghai-migrant-children-care-plan-2025.txt');
}
