/** A scratch copy of content/ for each test, which the test may break, and the problems loading it finds. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { ContentError, loadContent } from '../../src/lib/content/loadContent.ts';
import { contentDir } from './sourceFile.ts';

/**
 * Registers the copy's set-up and clean-up for the calling test file.
 * @example const content = useScratchContent(); … content.problems()
 */
export function useScratchContent() {
  let dir = '';
  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), 'content-')), 'content');
    cpSync(contentDir, dir, { recursive: true });
  });
  afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));
  return {
    /** The copy's path, valid inside a test. */
    dir: () => dir,
    /** Changes one JSON file of the copy, as a content editor would by hand. */
    edit(file: string, change: (json: any) => void) {
      const path = join(dir, file);
      const json: unknown = JSON.parse(readFileSync(path, 'utf8'));
      change(json);
      writeFileSync(path, JSON.stringify(json));
    },
    /** Every problem loadContent finds in the copy; none when it loads. */
    problems(): string[] {
      try {
        loadContent(dir);
      } catch (error) {
        if (error instanceof ContentError) return error.problems;
        throw error;
      }
      return [];
    },
  };
}
