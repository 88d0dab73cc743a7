/**
 * The 021 advice on the built site: a phone registered outside Shanghai may reach its home
 * province's line when it dials a short number, so every page that shows a Shanghai line (962525,
 * 12355, 12338, 12345) offers its 021 form to tap, and says why as the site's own tip, never as
 * an official rule.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtSite, sitemapPaths } from '../support/sitemap.ts';
import { visibleText } from '../support/visibleText.ts';

const hotlines = JSON.parse(readFileSync(new URL('../../content/hotlines.json', import.meta.url), 'utf8')) as {
  number?: string;
  offerShanghaiAreaCode?: boolean;
}[];
const shanghaiLines = hotlines.filter((line) => line.offerShanghaiAreaCode).map((line) => line.number!);

const html = (path: string) => readFileSync(join(builtSite, path, 'index.html'), 'utf8');
// The offline page is not in the sitemap, but a family without a connection sees it.
const pages = [...sitemapPaths(), ...(existsSync(join(builtSite, 'offline', 'index.html')) ? ['/offline/'] : [])];

/** White space as a reader meets it: one space between words, wherever the tags were. */
const spaced = (text: string) => text.replace(/\s+/gu, ' ');
const pageText = (path: string) => spaced(visibleText(html(path)));

/** The label the tip carries, and the words of the tip itself, in each language. */
const tip = {
  zh: { label: '本站提示：', words: '用外地手机号拨短号，可能会接到老家的热线' },
  en: { label: 'Tip from this site: ', words: "A phone registered outside Shanghai may reach its home province's line" },
};

/** The Shanghai lines a page's text names as numbers of their own (not inside a longer number, nor already in their 021 form). */
const linesNamed = (text: string) => shanghaiLines.filter((number) => new RegExp(`(?<![\\d-])${number}(?!\\d)`, 'u').test(text));

describe('the 021 form on the built site', () => {
  it('knows the Shanghai lines', () => {
    expect(shanghaiLines).toEqual(['962525', '12355', '12338', '12345']);
  });

  it('is offered to tap wherever a page shows a Shanghai line', () => {
    const showing = pages.filter((path) => linesNamed(pageText(path)).length > 0);
    const missing = showing.flatMap((path) =>
      linesNamed(pageText(path))
        .filter((number) => !html(path).includes(`href="tel:021${number}"`))
        .map((number) => `${path} shows ${number} without 021-${number}`),
    );
    expect(showing.length).toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });

  it("comes with the reason, labelled as the site's own tip, on every such page", () => {
    const withoutTip = pages.filter((path) => {
      const text = pageText(path);
      if (linesNamed(text).length === 0) return false;
      // The bilingual offline page holds both languages; any other page its own.
      const languages = path === '/offline/' ? [tip.zh, tip.en] : [path.startsWith('/en/') ? tip.en : tip.zh];
      return !languages.every(({ label, words }) => text.includes(`${label}${words}`));
    });
    expect(withoutTip).toEqual([]);
  });

  it('never gives the reason without its label', () => {
    const unlabelled = pages.flatMap((path) => {
      const text = pageText(path);
      return Object.values(tip).flatMap(({ label, words }) =>
        text
          .split(words)
          .slice(0, -1)
          .filter((before) => !before.endsWith(label))
          .map(() => `${path}: "${words}" without "${label}"`),
      );
    });
    expect(unlabelled).toEqual([]);
  });
});
