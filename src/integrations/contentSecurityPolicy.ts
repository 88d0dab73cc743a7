/**
 * The site's Content-Security-Policy, in every page as <meta http-equiv="content-security-policy">.
 * Astro writes it (`security.csp` in astro.config.mjs takes `contentSecurityPolicy` from here),
 * adding script-src and style-src with 'self' and the hash of every script and style it inlines.
 * It does not hash the layout's first-paint script, which it writes as it is: that hash is added
 * here, from the same text the layout writes (src/lib/firstPaintScript.ts).
 *
 * After the build, `pagePolicies()` moves each page's policy to the top of <head> and keeps only the
 * hashes that page uses (src/lib/security/fitPolicyToPage.ts says why). It must run before
 * `offline()`, which precaches the pages as they end up.
 *
 * Headers a <meta> cannot carry (frame-ancestors, report-uri, sandbox; browsers ignore them there
 * and say so in the console) are the web server's: deploy/nginx.conf sends frame-ancestors 'none'.
 */
import type { AstroIntegration, AstroUserConfig } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstPaintScript } from '../lib/firstPaintScript.ts';
import { cspHash } from '../lib/security/cspHash.ts';
import { fitPolicyToPage } from '../lib/security/fitPolicyToPage.ts';

type CspOptions = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const contentSecurityPolicy: CspOptions = {
  algorithm: 'SHA-256',
  directives: [
    // Anything not named below: this site only. The site asks nothing of any other host.
    "default-src 'self'",
    // The favicon and icons; no data: URLs (the QR codes and the age chart are inline SVG elements).
    "img-src 'self'",
    // No web fonts exist; system fonts are not fetched.
    "font-src 'self'",
    // The search indexes and the district outlines.
    "connect-src 'self'",
    "manifest-src 'self'",
    // The service worker, /sw.js.
    "worker-src 'self'",
    "object-src 'none'",
    // No <base> element: an injected one could send every relative link and script elsewhere.
    "base-uri 'none'",
    // The search boxes submit to /search/ and /services/ (the latter without JavaScript).
    "form-action 'self'",
  ],
  // script-src and style-src: 'self' and Astro's hashes, with no 'unsafe-inline' or 'unsafe-eval'.
  scriptDirective: { hashes: [cspHash(firstPaintScript)] },
};

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** After the build: each page's policy first in <head>, narrowed to what the page has. */
export function pagePolicies(): AstroIntegration {
  return {
    name: 'page-policies',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = htmlFiles(fileURLToPath(dir));
        for (const file of files) {
          try {
            writeFileSync(file, fitPolicyToPage(readFileSync(file, 'utf8')));
          } catch (error) {
            throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
          }
        }
        logger.info(`Content-Security-Policy fitted to ${files.length} pages`);
      },
    },
  };
}
