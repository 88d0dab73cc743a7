import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/integrations/contentSecurityPolicy.ts';
import { firstPaintScript } from '../../src/lib/firstPaintScript.ts';

describe('contentSecurityPolicy', () => {
  it('allows the first-paint script by the hash of its text', () => {
    const hash = `sha256-${createHash('sha256').update(firstPaintScript).digest('base64')}`;
    expect(contentSecurityPolicy.scriptDirective?.hashes).toEqual([hash]);
  });

  it('names only the site itself, and no plugins, base or other form targets', () => {
    expect(contentSecurityPolicy.directives).toEqual(
      expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]),
    );
    for (const directive of contentSecurityPolicy.directives ?? []) expect(directive).toMatch(/^[a-z-]+ '(?:self|none)'$/u);
  });

  it('adds no script or style source of its own beyond the hash: no unsafe-inline, no other host', () => {
    expect(contentSecurityPolicy.scriptDirective?.resources).toBeUndefined();
    expect(contentSecurityPolicy.styleDirective).toBeUndefined();
  });
});
