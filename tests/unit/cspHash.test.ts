import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/lib/security/cspHash.ts';

describe('cspHash', () => {
  it('gives the SHA-256 hash source of a script, as in the example MDN gives', () => {
    expect(cspHash("alert('Hello, world.');")).toBe('sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=');
  });

  it('hashes the text exactly: a space more is another hash', () => {
    expect(cspHash("alert('Hello, world.'); ")).not.toBe(cspHash("alert('Hello, world.');"));
  });

  it('hashes Chinese text as UTF-8, as the browser does', () => {
    expect(cspHash('你好')).toBe('sha256-Zw2XQ1Qsrj6n6+Nq9WvVNkiwoRJhYueNgaMpNKcRMC4=');
  });
});
