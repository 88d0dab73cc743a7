/**
 * The pieces a search result shows, shared by the suggestions and the results page. Everything is
 * set as text, never as markup, so nothing in a query or the index can run.
 */
import type { IndexedDocument } from '../../lib/search/indexFile.ts';
import { localisedPath, type Language } from '../../lib/paths.ts';
import { targetPath } from '../../lib/search/targetPath.ts';
import { translate } from '../../lib/strings/translate.ts';
import type { SearchStrings } from './searchStrings.ts';

export function resultHref(document: IndexedDocument, lang: Language): string {
  return localisedPath(lang, targetPath(document.target));
}

/** "Service", "Hotline"…: what kind of page a result is. */
export function kindLabel(document: IndexedDocument, strings: SearchStrings): string {
  return translate(strings, `search.kind.${document.target.split(':')[0]}`);
}

/** An element with a class and text content. */
export function textElement<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}
