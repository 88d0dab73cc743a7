import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/lib/security/cspHash.ts';
import { fitPolicyToPage, inlineScripts, inlineStyles } from '../../src/lib/security/fitPolicyToPage.ts';

const early = "document.documentElement.classList.add('js');";
const island = 'astro-island{display:contents}';
const elsewhere = cspHash('a script of another page');
const file = cspHash('a script file');

/** A page as Astro writes it: the policy at the end of <head>, with every hash of the site, quotes escaped. */
const astroPage = (policy: string) =>
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
  `<script>${early}</script><title>Page</title>` +
  `<meta http-equiv="content-security-policy" content="${policy.replace(/'/gu, '&#39;')}">` +
  '<link rel="stylesheet" href="/_astro/site.css"></head>' +
  `<body><style>${island}</style><script type="application/json">{"a":1}</script><script type="module" src="/_astro/a.js"></script></body></html>`;

const sitePolicy =
  "default-src 'self';object-src 'none'; " +
  `script-src 'self' '${cspHash(early)}' '${elsewhere}' '${file}'; ` +
  `style-src 'self' '${cspHash(island)}' '${cspHash('another page style')}';`;

describe('inlineScripts', () => {
  it('finds the scripts the browser runs, not script files or JSON data', () => {
    expect(inlineScripts(astroPage(sitePolicy))).toEqual([early]);
    expect(inlineScripts('<script type="module">go()</script><script type="application/ld+json">{}</script><script src="/x.js"></script>')).toEqual(['go()']);
  });
});

describe('inlineStyles', () => {
  it('finds every <style> element', () => {
    expect(inlineStyles(astroPage(sitePolicy))).toEqual([island]);
  });
});

describe('fitPolicyToPage', () => {
  const fitted = fitPolicyToPage(astroPage(sitePolicy));

  it('puts the policy right after <meta charset>, before the first script', () => {
    expect(fitted).toMatch(/^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="[^"]+"><script>/u);
    expect(fitted.match(/content-security-policy/gu)).toHaveLength(1);
  });

  it("keeps only the hashes of the page's own inline scripts and styles, and every other directive", () => {
    const policy = /content="([^"]+)"/u.exec(fitted)![1];
    expect(policy).toBe(`default-src 'self'; object-src 'none'; script-src 'self' '${cspHash(early)}'; style-src 'self' '${cspHash(island)}'`);
  });

  it('leaves the rest of the page as it was', () => {
    expect(fitted.replace(/<meta http-equiv="content-security-policy" content="[^"]+">/u, '')).toBe(
      astroPage(sitePolicy).replace(/<meta http-equiv="content-security-policy" content="[^"]+">/u, ''),
    );
  });

  it('never adds a hash: a script the site-wide policy did not allow stays disallowed', () => {
    const page = astroPage("script-src 'self'; style-src 'self'");
    expect(fitPolicyToPage(page)).toContain(`content="script-src 'self'; style-src 'self'"`);
  });

  it('refuses a page without a policy, or with two', () => {
    expect(() => fitPolicyToPage('<html><head><meta charset="utf-8"></head></html>')).toThrow('found 0');
    const twice = astroPage(sitePolicy).replace('<title>', `<meta http-equiv="content-security-policy" content="default-src 'none'"><title>`);
    expect(() => fitPolicyToPage(twice)).toThrow('found 2');
  });
});
