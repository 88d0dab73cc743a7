/**
 * The one axe audit (tests/support/axe.ts) can fail: on a page made with barriers it names each
 * one, so an empty list on the site's pages means something.
 */
import { axeViolations } from '../support/axe.ts';
import { expect, test } from './test.ts';

const barriers = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Barriers</title>
<style>p { color: #ccc; background: #fff; }</style></head>
<body><main><h1>Barriers</h1>
<img src="/favicon.svg">
<p>Text too faint to read</p>
<input type="text">
<a href="/"></a>
</main></body></html>`;

test('the axe audit names every barrier on a page made with them', async ({ page }) => {
  // Served on the site's own origin, as any page of the site is audited.
  await page.route('**/axe-barriers/', (route) => route.fulfill({ contentType: 'text/html', body: barriers }));
  await page.goto('/axe-barriers/');
  const found = (await axeViolations(page)).map((line) => line.split(':')[0]);
  expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'label', 'link-name']));
});
