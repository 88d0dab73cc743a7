/**
 * The Content-Security-Policy of every built page, read from dist/ as a browser would get it: one
 * policy, before anything it governs, with the directives the site promises, nothing from another
 * host, and a hash for every inline script and style of the page, computed here from the page
 * itself. A page the policy would break fails here, before any browser opens it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../support/entities.ts';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const pages = readdirSync(dist, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
  .map((entry) => {
    const file = join(entry.parentPath, entry.name);
    return { name: relative(dist, file), html: readFileSync(file, 'utf8') };
  });

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's <head> as written, and the policy's directives by name. */
function read(html: string) {
  const head = html.slice(0, html.indexOf('</head>'));
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)">/giu)];
  const policy = metas.length === 1 ? decodeEntities(metas[0]![1]!) : '';
  const directives = new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/u))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
  return { head, metas, policy, directives };
}

/** Inline scripts the browser runs: no src, and not a data block such as application/json. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gu)]
    .filter(([, attributes]) => !/\ssrc=/u.test(attributes!))
    .filter(([, attributes]) => {
      const type = /\stype="([^"]*)"/u.exec(attributes!)?.[1];
      return type === undefined || type === 'module' || type === 'text/javascript';
    })
    .map(([, , text]) => text!);
}

describe('the Content-Security-Policy of every page', () => {
  it('covers every built page: the sitemap pages, the short links, the 404 and offline pages', () => {
    const names = pages.map((page) => page.name);
    expect(names.length).toBeGreaterThan(250);
    for (const name of ['index.html', '404.html', 'offline/index.html', 's/34/index.html', 'en/s/34/index.html', 'check/index.html']) {
      expect(names).toContain(name);
    }
  });

  it('is one <meta> in each page, right after <meta charset>, before any script, style or link', () => {
    for (const { name, html } of pages) {
      const { head, metas } = read(html);
      expect(metas, name).toHaveLength(1);
      expect(head, name).toMatch(/^<!DOCTYPE html><html[^>]*><head><meta charset="utf-8"><meta http-equiv="content-security-policy" /iu);
      const at = head.indexOf('<meta http-equiv="content-security-policy"');
      for (const tag of ['<script', '<style', '<link']) {
        const first = head.indexOf(tag);
        if (first !== -1) expect(first, `${name}: ${tag}`).toBeGreaterThan(at);
      }
    }
  });

  it('names the site itself and nothing else, and no object, base or form elsewhere', () => {
    for (const { name, html } of pages) {
      const { directives } = read(html);
      expect(directives.get('default-src'), name).toEqual(["'self'"]);
      for (const directive of ['img-src', 'font-src', 'connect-src', 'manifest-src', 'worker-src', 'form-action']) {
        expect(directives.get(directive), `${name}: ${directive}`).toEqual(["'self'"]);
      }
      expect(directives.get('object-src'), name).toEqual(["'none'"]);
      expect(directives.get('base-uri'), name).toEqual(["'none'"]);
      for (const [directive, sources] of directives) {
        for (const source of sources) {
          expect(source, `${name}: ${directive}`).toMatch(/^'(?:self|none|sha256-[A-Za-z0-9+/]+={0,2})'$/u);
        }
      }
    }
  });

  it("allows no 'unsafe-inline' or 'unsafe-eval', and holds no directive a <meta> cannot carry", () => {
    for (const { name, html } of pages) {
      const { policy, directives } = read(html);
      expect(directives.get('script-src')?.[0], name).toBe("'self'");
      expect(directives.get('style-src')?.[0], name).toBe("'self'");
      expect(policy, name).not.toMatch(/unsafe-|strict-dynamic|\*|https?:|data:/u);
      // Ignored in a <meta>, with a console error: the web server sends frame-ancestors.
      for (const directive of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) expect(directives.has(directive), name).toBe(false);
    }
  });

  it('lists the hash of every inline script and style of the page, and no other', () => {
    let scripts = 0;
    for (const { name, html } of pages) {
      const { directives } = read(html);
      const scriptHashes = inlineScripts(html).map(sha256);
      const styleHashes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gu)].map(([, text]) => sha256(text!));
      scripts += scriptHashes.length;
      expect(new Set(directives.get('script-src')!.slice(1)), name).toEqual(new Set(scriptHashes));
      expect(new Set(directives.get('style-src')!.slice(1)), name).toEqual(new Set(styleHashes));
    }
    // The first-paint script in every page of the layout, that is all but the short links' redirect
    // pages (Astro's own small scripts are files, see astro.config.mjs): there is something to check.
    const layoutPages = pages.filter(({ name }) => !/^(?:en\/)?s\//u.test(name));
    expect(layoutPages.length).toBeGreaterThan(150);
    expect(scripts).toBeGreaterThanOrEqual(layoutPages.length);
  });

  it('leaves nothing for the policy to block: no inline event handler, style attribute or javascript: URL', () => {
    for (const { name, html } of pages) {
      const markup = html.replace(/<script[^>]*>[\s\S]*?<\/script>/gu, '<script></script>');
      expect(markup.match(/<[a-z][^>]*\son[a-z]+=/giu) ?? [], name).toEqual([]);
      expect(markup.match(/<[a-z][^>]*\sstyle=/giu) ?? [], name).toEqual([]);
      expect(markup.match(/javascript:/giu) ?? [], name).toEqual([]);
    }
  });
});

describe('the referrer', () => {
  it('is never sent from any page: each says no-referrer in its <head>', () => {
    for (const { name, html } of pages) {
      expect(read(html).head, name).toContain('<meta name="referrer" content="no-referrer">');
    }
  });
});
