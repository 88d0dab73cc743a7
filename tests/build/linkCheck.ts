/**
 * A link checker for a static site on disk: every internal link, asset and anchor must resolve to
 * a file (and an element) in the build, and the sitemap must list exactly the pages it should.
 * External links are only collected, never fetched: the check needs no network.
 *
 * HTML is read with regular expressions over tags and attributes, not a DOM: the build is Astro's
 * own well-formed output, and what matters is every attribute that holds an address.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { decodeEntities } from '../support/entities.ts';

/** Attributes whose value is an address. */
const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'component-url', 'renderer-url', 'before-hydration-url']);

/** An address found in a file, with what held it. */
export interface FoundLink {
  /** `href`, `srcset`, `meta refresh`, `css url()`, `data-index`… */
  attribute: string;
  url: string;
}

export interface LinkReport {
  /** Internal links, assets and anchors checked (each occurrence counts). */
  checked: number;
  /** Pages (HTML files) read. */
  pages: number;
  /** Every distinct external address, sorted: listed, not fetched. */
  external: string[];
  /** One line a broken link: the file, the attribute, the address and what is wrong. */
  problems: string[];
}

interface Tag {
  name: string;
  attributes: Map<string, string>;
}

/** Every start tag of a document, with its attributes decoded; comments and script and style contents left out. */
export function tagsOf(html: string): Tag[] {
  const markup = html
    .replace(/<!--[\s\S]*?-->/gu, '')
    // A quoted string may hold ">", so a tag is read as quoted strings and other characters.
    .replace(/(<(script|style)\b(?:"[^"]*"|'[^']*'|[^'">])*>)[\s\S]*?<\/\2\s*>/giu, '$1');
  const tags: Tag[] = [];
  for (const [, name, rest] of markup.matchAll(/<([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/gu)) {
    const attributes = new Map<string, string>();
    for (const match of rest!.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/gu)) {
      const attribute = match[1]!.toLowerCase();
      if (!attributes.has(attribute)) attributes.set(attribute, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    }
    tags.push({ name: name!.toLowerCase(), attributes });
  }
  return tags;
}

/**
 * Every address a page holds: URL attributes, each candidate of a `srcset`, a meta refresh's
 * target, site addresses in meta content (link previews), and `data-*` attributes that hold a
 * root-relative path (the search index a box fetches).
 */
export function linksOf(tags: readonly Tag[]): FoundLink[] {
  const links: FoundLink[] = [];
  for (const { name, attributes } of tags) {
    for (const [attribute, value] of attributes) {
      if (urlAttributes.has(attribute)) links.push({ attribute, url: value });
      else if (attribute === 'srcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/u)[0];
          if (url) links.push({ attribute, url });
        }
      } else if (attribute.startsWith('data-') && /^\/(?!\/)\S*$/u.test(value)) links.push({ attribute, url: value });
    }
    if (name === 'meta') {
      const content = attributes.get('content') ?? '';
      if (attributes.get('http-equiv')?.toLowerCase() === 'refresh') {
        const target = /;\s*url\s*=\s*['"]?([^'"]+)/iu.exec(content)?.[1];
        if (target) links.push({ attribute: 'meta refresh', url: target.trim() });
      } else if (/^https?:\/\//u.test(content))
        links.push({ attribute: `meta ${attributes.get('property') ?? attributes.get('name') ?? ''}`.trim(), url: content });
    }
  }
  return links;
}

/** What a fragment can point at: every id, and the name of an `a` (as browsers resolve fragments). */
export function anchorsOf(tags: readonly Tag[]): { anchors: Set<string>; duplicateIds: string[] } {
  const anchors = new Set<string>();
  const duplicateIds = new Set<string>();
  for (const { name, attributes } of tags) {
    const id = attributes.get('id');
    if (id !== undefined) {
      if (anchors.has(id)) duplicateIds.add(id);
      anchors.add(id);
    }
    const anchorName = name === 'a' ? attributes.get('name') : undefined;
    if (anchorName !== undefined) anchors.add(anchorName);
  }
  return { anchors, duplicateIds: [...duplicateIds] };
}

/** Every file under `root`, as paths relative to it with forward slashes. */
export function filesUnder(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(root, path).split(sep).join('/'));
    }
  };
  walk(root);
  return files.sort();
}

/** The URL path a file is served at: `services/3/index.html` → `/services/3/`, `404.html` → `/404.html`. */
export function pathOfFile(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/u, '$1');
}

/** The file a URL path is served from, or undefined when none: `/services/3/` → `services/3/index.html`. */
function fileOfPath(root: string, pathname: string): { file?: string; problem?: string } {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return { problem: 'has broken percent-encoding' };
  }
  const file = (path.endsWith('/') ? `${path}index.html` : path).replace(/^\//u, '');
  const full = join(root, file);
  if (!existsSync(full)) return { problem: `no file ${file} in the build` };
  if (statSync(full).isDirectory()) return { problem: `is a folder: write it with a trailing slash (${path}/)` };
  return { file };
}

export interface CheckOptions {
  /** The site's public origin (`http://localhost:4321`): absolute addresses on it are internal. */
  origin: string;
  /**
   * Pages served at any address, such as the 404 page, and the offline page the service worker
   * answers with: a relative link on them would resolve differently at every address.
   */
  servedAnywhere?: readonly string[];
  /** Addresses found outside the HTML and CSS (search indexes, manifests), with the file they came from (relative ones resolve against it). */
  extraLinks?: readonly (FoundLink & { from: string })[];
}

/**
 * Checks every HTML and CSS file under `root`: each internal address resolves to a file, each
 * fragment to an element of the page it points into, and no page repeats an id.
 */
export function checkLinks(root: string, { origin, servedAnywhere = [], extraLinks = [] }: CheckOptions): LinkReport {
  const files = filesUnder(root);
  const htmlFiles = files.filter((file) => file.endsWith('.html'));
  const parsed = new Map(htmlFiles.map((file) => [file, tagsOf(readFileSync(join(root, file), 'utf8'))] as const));
  const anchors = new Map<string, Set<string>>();
  const problems: string[] = [];
  const external = new Set<string>();
  let checked = 0;

  for (const [file, tags] of parsed) {
    const found = anchorsOf(tags);
    anchors.set(file, found.anchors);
    for (const id of found.duplicateIds) problems.push(`${file}: the id "${id}" is used more than once, so a link to #${id} is ambiguous`);
  }

  const check = (from: string, base: string, { attribute, url: raw }: FoundLink) => {
    const url = raw.trim();
    const where = `${from}: ${attribute} "${url.length > 120 ? `${url.slice(0, 120)}…` : url}"`;
    const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(url)?.[1]?.toLowerCase();
    if (scheme === 'javascript' || scheme === 'vbscript') {
      problems.push(`${where}: a script address is not a link`);
      return;
    }
    if (scheme !== undefined && !['http', 'https'].includes(scheme)) return; // tel:, mailto:, sms:, data:
    if (servedAnywhere.includes(from) && scheme === undefined && !/^[/#?]/u.test(url) && url !== '') {
      problems.push(`${where}: is relative, but this page is served at any address; start it with /`);
      return;
    }
    let resolved: URL;
    try {
      resolved = new URL(url, new URL(base, origin));
    } catch {
      problems.push(`${where}: is not a valid address`);
      return;
    }
    if (resolved.origin !== origin) {
      external.add(url);
      return;
    }
    checked += 1;
    const target = fileOfPath(root, resolved.pathname);
    if (!target.file) {
      problems.push(`${where}: ${target.problem}`);
      return;
    }
    if (resolved.hash.length <= 1) return;
    let fragment: string;
    try {
      fragment = decodeURIComponent(resolved.hash.slice(1));
    } catch {
      problems.push(`${where}: the fragment has broken percent-encoding`);
      return;
    }
    const targetAnchors = anchors.get(target.file);
    if (targetAnchors && !targetAnchors.has(fragment)) problems.push(`${where}: no element with id "${fragment}" in ${target.file}`);
  };

  for (const [file, tags] of parsed) for (const link of linksOf(tags)) check(file, pathOfFile(file), link);
  for (const file of files.filter((name) => name.endsWith('.css'))) {
    for (const [, , url] of readFileSync(join(root, file), 'utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gu)) {
      if (!url!.startsWith('data:') && !url!.startsWith('#')) check(file, pathOfFile(file), { attribute: 'css url()', url: url! });
    }
  }
  for (const { from, ...link } of extraLinks) check(from, pathOfFile(from), link);

  return { checked, pages: htmlFiles.length, external: [...external].sort(), problems };
}

export interface SitemapOptions {
  origin: string;
  /** URL paths of pages that must not be listed: short links, the 404 and offline pages. */
  notListed: readonly RegExp[];
}

/** The `<loc>`s of a sitemap file. */
function locsOf(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/gu)].map((match) => decodeEntities(match[1]!));
}

/**
 * Checks the sitemap against the build: `sitemap-index.xml` names sitemap files that exist, each
 * URL they list is a page on the site's origin, and every page is listed unless it matches
 * `notListed` (which must not be).
 */
export function checkSitemap(root: string, { origin, notListed }: SitemapOptions): { listed: string[]; problems: string[] } {
  const problems: string[] = [];
  const listed: string[] = [];
  if (!existsSync(join(root, 'sitemap-index.xml'))) return { listed, problems: ['sitemap-index.xml: is missing'] };
  for (const sitemapUrl of locsOf(readFileSync(join(root, 'sitemap-index.xml'), 'utf8'))) {
    const file = new URL(sitemapUrl).pathname.slice(1);
    if (!existsSync(join(root, file))) {
      problems.push(`sitemap-index.xml: ${sitemapUrl}: no file ${file} in the build`);
      continue;
    }
    for (const url of locsOf(readFileSync(join(root, file), 'utf8'))) {
      const address = new URL(url);
      if (address.origin !== origin) problems.push(`${file}: ${url}: is not on the site's address ${origin}`);
      listed.push(address.pathname);
      const target = fileOfPath(root, address.pathname);
      if (!target.file) problems.push(`${file}: ${url}: ${target.problem}`);
      else if (!target.file.endsWith('.html')) problems.push(`${file}: ${url}: is not a page`);
    }
  }
  const pages = filesUnder(root)
    .filter((file) => file.endsWith('.html'))
    .map(pathOfFile);
  for (const page of pages) {
    const excluded = notListed.some((pattern) => pattern.test(page));
    if (!excluded && !listed.includes(page)) problems.push(`${page}: is a page the sitemap does not list`);
    if (excluded && listed.includes(page)) problems.push(`${page}: is listed in the sitemap, but is not a content page`);
  }
  return { listed, problems };
}
