/**
 * "How to get it" in the built site: every service page in both languages has its next steps, each
 * fact with a source to open or a plain word that no source says; and wherever a page names 12345,
 * a family can tap it to call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, sitemapPaths } from '../support/sitemap.ts';
import { visibleText } from '../support/visibleText.ts';

const html = (path: string) => readFileSync(join(builtSite, path, 'index.html'), 'utf8');

/** The next-steps section of a built service page, as HTML. */
function nextStepsOf(page: string): string {
  const start = page.indexOf('data-testid="next-steps"');
  if (start < 0) return '';
  return page.slice(start, page.indexOf('</section>', start));
}

const servicePaths = (['', '/en'] as const).flatMap((prefix) => Array.from({ length: 42 }, (_, i) => `${prefix}/services/${i + 1}/`));

describe('next steps on the built service pages', () => {
  it('are on all 42 service pages in both languages', () => {
    const missing = servicePaths.filter((path) => nextStepsOf(html(path)) === '');
    expect(missing).toEqual([]);
  });

  it('give every fact a source to open, and say plainly where no source says', () => {
    for (const path of servicePaths) {
      const section = nextStepsOf(html(path));
      const facts = section.split('<li class="fact"').slice(1);
      for (const fact of facts) expect(fact, `${path}: a fact without its source`).toContain('class="fact-sources"');
      // Where, what to bring and when: each has facts or the sentence that no source says.
      const parts = section.split('<h3').slice(1, 4);
      expect(parts, path).toHaveLength(3);
      for (const part of parts) expect(part.includes('class="fact') || part.includes('class="unknown"'), `${path}: an empty part`).toBe(true);
    }
  });

  it('say when the next steps were last checked', () => {
    for (const path of servicePaths) expect(visibleText(nextStepsOf(html(path))), path).toMatch(/\d{4}-\d{2}-\d{2}/u);
  });

  it('link official pages with rel="noreferrer", so the family page is not sent to them', () => {
    for (const path of servicePaths) {
      const external = [...nextStepsOf(html(path)).matchAll(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/gu)].map((match) => match[0]);
      for (const link of external) expect(link, path).toContain('rel="noreferrer"');
    }
  });
});

describe('12345 on the built site', () => {
  it('is a tap-to-call link on every page that names it', () => {
    const pages = sitemapPaths().filter((path) => visibleText(html(path)).includes('12345'));
    const withoutCall = pages.filter((path) => !html(path).includes('href="tel:12345"'));
    expect(pages.length).toBeGreaterThan(100);
    expect(withoutCall).toEqual([]);
  });
});
