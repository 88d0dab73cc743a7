import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy hash source that allows an inline script or style with exactly this
 * text, as Astro's `security.csp` options take it: `sha256-<base64>`, without the quotes the policy
 * puts around it. The browser hashes the element's text as written, in UTF-8, so one changed
 * character or space is a different hash.
 *
 * @example
 * cspHash("alert('Hello, world.');") // 'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='
 */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
