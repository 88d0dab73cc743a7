/**
 * Turns a search box into a combobox with a list of suggestions as the person types, following the
 * ARIA pattern "combobox with listbox popup": focus stays in the field, the arrow keys move through
 * the suggestions (announced through aria-activedescendant), Enter opens the chosen one, or, with
 * none chosen, submits the form as usual. Escape closes the list, and a second Escape clears the field.
 *
 * The crisis answer's option comes first whenever the words call for it, from the small crisis file,
 * without waiting for the index; while the index loads, the list says so.
 */
import type { Language } from '../../lib/paths.ts';
import type { Search, SearchOutcome } from '../../lib/search/createSearch.ts';
import type { CrisisMatch } from '../../lib/search/crisisMatch.ts';
import { searchFragment } from '../../lib/search/searchAddress.ts';
import { crisisOptionKey, loadCrisisFor, type CrisisMatcher } from './crisisAnswer.ts';
import { politeAnnouncer } from './politeAnnouncer.ts';
import { stringsOf } from './searchStrings.ts';
import { translate } from '../../lib/strings/translate.ts';
import { kindLabel, resultHref, textElement } from './resultParts.ts';

/** Suggestions shown under the box; the results page has the rest. */
const suggestionCount = 6;

interface Suggestion {
  href: string;
  element: HTMLLIElement;
}

export function enhanceSearchBox(form: HTMLFormElement, input: HTMLInputElement, searchCode: Promise<typeof import('./loadSearch.ts')>): void {
  const lang = (form.dataset.lang ?? 'zh-CN') as Language;
  const strings = stringsOf(form);
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  // The list spans the whole row (field and button), so it is wide enough on a small phone.
  const field = input.closest('.search-box__row') ?? form;
  const listbox = document.createElement('ul');
  listbox.id = `${input.id}-suggestions`;
  listbox.className = 'search-suggestions';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', translate(strings, 'search.suggestions'));
  listbox.hidden = true;
  field.append(listbox);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  let suggestions: Suggestion[] = [];
  let active = -1;
  const announce = politeAnnouncer(status);

  const setActive = (index: number) => {
    suggestions[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const chosen = suggestions[active];
    if (chosen) {
      chosen.element.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', chosen.element.id);
      chosen.element.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    setActive(-1);
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const option = (href: string, title: string, kind: string): Suggestion => {
    const element = document.createElement('li');
    element.id = `${listbox.id}-${suggestions.length}`;
    element.className = 'search-suggestions__option';
    element.setAttribute('role', 'option');
    element.setAttribute('aria-selected', 'false');
    element.append(textElement('span', 'search-suggestions__title', title));
    if (kind) element.append(textElement('span', 'search-suggestions__kind', kind));
    // pointerdown would blur the field and close the list before the click arrived.
    element.addEventListener('pointerdown', (event) => event.preventDefault());
    element.addEventListener('click', () => {
      close();
      location.assign(href);
    });
    return { href, element };
  };

  /** The list for a query: the crisis option first when it applies, the results (or a line saying they are on their way), then "see all". */
  const show = (outcome: SearchOutcome | undefined, query: string, crisis: { match: CrisisMatch; text: string } | undefined) => {
    suggestions = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const allResults = `${form.dataset.searchPage ?? '/search/'}${searchFragment(query.trim())}`;
    if (crisis) {
      // It leads to the results page, where the answer shows its call buttons: no tel: link inside a listbox option.
      suggestions.push(option(allResults, crisis.text, ''));
      suggestions[0]!.element.classList.add('search-suggestions__crisis', `search-suggestions__crisis--${crisis.match.tier}`);
    }
    for (const { document } of outcome?.results ?? []) {
      suggestions.push(option(resultHref(document, lang), document.label.title, kindLabel(document, strings)));
    }
    const count = outcome?.results.length ?? 0;
    suggestions.push(option(allResults, translate(strings, 'search.seeAll'), ''));
    suggestions.at(-1)!.element.classList.add('search-suggestions__all');
    const rows = suggestions.map((s) => s.element);
    if (!outcome) {
      const waiting = textElement('li', 'search-suggestions__loading', translate(strings, searchFailed ? 'search.unavailable' : 'search.loadingVisible'));
      waiting.setAttribute('role', 'option');
      waiting.setAttribute('aria-disabled', 'true');
      waiting.id = `${listbox.id}-loading`;
      rows.splice(crisis ? 1 : 0, 0, waiting);
    }
    listbox.replaceChildren(...rows);
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    let said = translate(strings, 'search.loadingVisible');
    if (outcome && count === 0) said = translate(strings, 'search.noSuggestions');
    else if (outcome) said = translate(strings, outcome.weak ? 'search.weakSuggestionCount' : 'search.suggestionCount', { count });
    announce(crisis ? `${crisis.text}. ${said}` : said);
  };

  let search: Search | undefined;
  let crisis: CrisisMatcher | undefined;
  let searchFailed = false;
  const loadSearch = () => {
    searchFailed = false;
    searchCode
      .then(({ loadSearchFor }) => loadSearchFor(form))
      .then(
        (ready) => {
          search = ready;
          refresh();
        },
        () => {
          searchFailed = true;
          if (status) status.textContent = translate(strings, 'search.unavailable');
          refresh();
        },
      );
  };
  loadSearch();
  loadCrisisFor(form).then(
    (ready) => {
      crisis = ready;
      refresh();
    },
    // Without the crisis list the search still works, and every page keeps 110 and 120 in its footer.
    () => undefined,
  );

  /** The list for what is in the box; `retry` (a key or a touch, never a load's own answer) asks again after a failed load. */
  const update = (retry: boolean) => {
    const query = input.value;
    if (!query.trim()) {
      close();
      return;
    }
    // A failed load (say, offline before the index was saved) is tried again at the next key, never in a loop.
    if (searchFailed && retry) loadSearch();
    const match = crisis?.(query);
    show(search?.search(query, suggestionCount), query, match ? { match, text: translate(strings, crisisOptionKey(match)) } : undefined);
  };
  /** Shows what has just arrived for what is in the box, if the person is still there. */
  const refresh = () => {
    if (document.activeElement === input && input.value.trim()) update(false);
  };

  // From here on the list shows progress; the line the page showed before this code arrived goes.
  form.dataset.enhanced = 'true';
  const early = form.querySelector<HTMLElement>('[data-search-loading]');
  if (early) early.hidden = true;

  input.addEventListener('input', () => update(true));
  input.addEventListener('focus', () => update(true));
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    // Keys that confirm or cancel a word in a Chinese input method are the method's, not ours.
    if (event.isComposing || event.keyCode === 229) return;
    const open = !listbox.hidden && suggestions.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) {
        update(true);
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // Moving past either end returns to the field itself (no suggestion chosen), as in the APG example.
      let next = active + step;
      if (next >= suggestions.length) next = -1;
      else if (next < -1) next = suggestions.length - 1;
      setActive(next);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      const { href } = suggestions[active]!;
      close();
      location.assign(href);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        close();
      } else if (input.value) {
        event.preventDefault();
        input.value = '';
      }
    }
  });
  // The field may already hold text (typed before this code arrived, or kept by the browser).
  refresh();
}
