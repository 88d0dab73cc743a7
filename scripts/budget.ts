/**
 * Prints how much JavaScript each kind of page loads before any interaction (gzip), and fails
 * when a page is over its budget. Run after `npm run build`: `npm run budget`.
 *
 * "Before any interaction" means every script the HTML names (module scripts, Astro islands that
 * hydrate on load, their renderer) and everything those import statically. Dynamic `import()` is
 * loaded on demand and not counted here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const KB = 1024;

/** Budgets in bytes (gzip). Content pages are plain HTML with at most a small enhancement script. */
const budgets: { page: string; path: string; limit: number }[] = [
  { page: 'home', path: 'index.html', limit: 10 * KB },
  { page: 'service page', path: 'services/34/index.html', limit: 10 * KB },
  { page: 'hotlines', path: 'en/hotlines/index.html', limit: 10 * KB },
  { page: '/check/', path: 'check/index.html', limit: 25 * KB },
  { page: '/en/check/', path: 'en/check/index.html', limit: 25 * KB },
];

function scriptsNamedBy(html: string): string[] {
  const urls = [
    ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/gu)].map((m) => m[1]!),
    ...[...html.matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/gu)].map((m) => m[1]!),
  ];
  return [...new Set(urls)].filter((url) => url.startsWith('/'));
}

/** Inline scripts count too: they are parsed and run on load. */
function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gu)].map((m) => m[1]!).filter(Boolean);
}

/** A module and everything it imports statically, as files in dist/. */
function withStaticImports(file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.js)["']/gu)) {
    const specifier = match[1]!;
    const target = specifier.startsWith('/') ? join(dist, specifier) : resolve(dirname(file), specifier);
    withStaticImports(target, seen);
  }
}

const gzipped = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

let over = 0;
console.log('JavaScript loaded before any interaction (gzip):');
for (const { page, path, limit } of budgets) {
  const html = readFileSync(join(dist, path), 'utf8');
  const files = new Set<string>();
  for (const url of scriptsNamedBy(html)) withStaticImports(join(dist, url), files);
  const external = [...files].reduce((sum, file) => sum + gzipped(readFileSync(file)), 0);
  const inline = inlineScripts(html).reduce((sum, code) => sum + gzipped(code), 0);
  const total = external + inline;
  const verdict = total <= limit ? 'ok' : 'OVER BUDGET';
  if (total > limit) over += 1;
  console.log(
    `  ${page.padEnd(14)} ${kb(total).padStart(9)} of ${kb(limit)}  ${verdict}  (${files.size} files ${kb(external)}, inline ${kb(inline)})`,
  );
}
if (over > 0) {
  console.error(`${over} page(s) over budget.`);
  process.exit(1);
}
