import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sourcePath } from './sourceFile.ts';

describe("the plan's text kept in the project", () => {
  test('is the exact file its provenance names, so no edit to it can go unnoticed', () => {
    const bytes = readFileSync(sourcePath);
    expect(bytes.length).toBe(21426);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe('4e0e8eb2e974537e633001939e619ba681b3499a5959f89b6ced5035035662f1');
  });

  test('the provenance table gives the same checksum', () => {
    const readme = readFileSync(new URL('../../content/source/README.md', import.meta.url), 'utf8');
    expect(readme).toContain('`4e0e8eb2e974537e633001939e619ba681b3499a5959f89b6ced5035035662f1`');
  });
});
