/** The strings a search box's browser script gets, already translated, for each kind of box. */
import { stringsFor } from '../i18n/translate.ts';
import type { Language } from '../lib/paths.ts';

/** What a box with suggestions shows; the results page's box gets all of search's strings. */
const suggestionKeys = new Set([
  'search.suggestions',
  'search.suggestionCount',
  'search.weakSuggestionCount',
  'search.noSuggestions',
  'search.seeAll',
  'search.unavailable',
  'search.loadingVisible',
  'search.crisisDanger',
  'search.crisisHelp',
]);

export function searchBoxStrings(lang: Language, variant: 'page' | 'header' | 'results'): Record<string, string> {
  const all = Object.entries(stringsFor(lang, 'search.'));
  if (variant === 'results') return Object.fromEntries(all);
  return Object.fromEntries(all.filter(([key]) => suggestionKeys.has(key) || key.startsWith('search.kind.')));
}
