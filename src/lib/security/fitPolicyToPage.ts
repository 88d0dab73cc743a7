/**
 * Fits the Content-Security-Policy that Astro wrote into a built page to that page. Astro writes
 * one policy for the whole site, into every page, where it writes the rest of its head content, at
 * the end of <head>: its script-src and style-src list the hash of every script and style it
 * inlines anywhere in the site (14 today). Two things are wrong with that for this site:
 *
 * - A policy in a <meta> element governs only what comes after it, and the first-paint script
 *   (src/lib/firstPaintScript.ts) comes before it. The policy is moved up, to just after
 *   <meta charset>, before any script, style or link.
 * - Most of those hashes are for code the page does not have (a typical page has 5), and across
 *   272 pages they would add some 120 KB (gzip) to what a first visit saves for offline use,
 *   over its budget. Each page keeps only the hashes of its own inline scripts and styles.
 *
 * Only narrowing: a hash is kept or dropped, never added, so a page allows nothing that Astro's
 * policy did not. tests/build/csp.test.ts checks the result against every built page.
 */
import { cspHash } from './cspHash.ts';

const policyMeta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/giu;
const charsetMeta = /<meta\s+charset="[^"]*"\s*\/?>/iu;

/** Script types the browser runs, so that script-src governs them; any other type is a data block. */
const executableType = /^(?:module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/iu;

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'iu').exec(attributes);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The text of each inline script of the page that the browser would run (not JSON or other data blocks). */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/giu)]
    .filter(([, attributes = '']) => attribute(attributes, 'src') === undefined)
    .filter(([, attributes = '']) => {
      const type = attribute(attributes, 'type')?.trim();
      return !type || executableType.test(type);
    })
    .map(([, , text = '']) => text);
}

/** The text of each <style> element of the page. */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/giu)].map(([, text = '']) => text);
}

/** An attribute value as the browser reads it (Astro writes `'` as `&#39;`). */
function decodeAttribute(value: string): string {
  return value
    .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/giu, (_, code: string) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&quot;/gu, '"')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
}

const encodeAttribute = (value: string) => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;');

/** The page's policy, with script-src and style-src (and their -elem forms) keeping only the SHA-256 hashes of its own inline scripts and styles. */
function narrow(policy: string, html: string): string {
  const present = {
    script: new Set(inlineScripts(html).map(cspHash)),
    style: new Set(inlineStyles(html).map(cspHash)),
  };
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name = '', ...sources] = directive.split(/\s+/u);
      const kind = /^script-src(?:-elem)?$/u.test(name) ? 'script' : /^style-src(?:-elem)?$/u.test(name) ? 'style' : undefined;
      if (!kind) return directive;
      const kept = sources.filter((source) => !source.startsWith("'sha256-") || present[kind].has(source.slice(1, -1) as `sha256-${string}`));
      return [name, ...kept].join(' ');
    })
    .join('; ');
}

/**
 * The page with its one Content-Security-Policy <meta> just after <meta charset> and narrowed to
 * the page's own inline scripts and styles.
 * @throws Error when the page has no policy, more than one, or no <meta charset> to follow.
 */
export function fitPolicyToPage(html: string): string {
  const metas = [...html.matchAll(policyMeta)];
  if (metas.length !== 1) throw new Error(`expected one Content-Security-Policy <meta> in the page, found ${metas.length}`);
  const [meta] = metas as [RegExpExecArray];
  const rest = html.slice(0, meta.index) + html.slice(meta.index + meta[0].length);
  const charset = charsetMeta.exec(rest);
  if (!charset) throw new Error('the page has no <meta charset> for the Content-Security-Policy to follow');
  const policy = narrow(decodeAttribute(meta[1] ?? ''), rest);
  const at = charset.index + charset[0].length;
  return `${rest.slice(0, at)}<meta http-equiv="content-security-policy" content="${encodeAttribute(policy)}">${rest.slice(at)}`;
}
