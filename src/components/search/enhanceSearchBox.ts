/**
 * Turns a search box into a combobox with a list of suggestions as the person types, following the
 * ARIA pattern "combobox with listbox popup": focus stays in the field, the arrow keys move through
 * the suggestions (announced through aria-activedescendant), Enter opens the chosen one, or, with
 * none chosen, submits the form as usual. Escape closes the list, and a second Escape clears the field.
 */
import type { Language } from '../../lib/paths.ts';
import type { SearchOutcome } from '../../lib/search/createSearch.ts';
import { searchFragment } from '../../lib/search/searchAddress.ts';
import { loadSearchFor, politeAnnouncer, stringsOf } from './loadSearch.ts';
import { translate } from '../../lib/strings/translate.ts';
import { kindLabel, resultHref, textElement } from './resultParts.ts';

/** Suggestions shown under the box; the results page has the rest. */
const suggestionCount = 6;

interface Suggestion {
  href: string;
  element: HTMLLIElement;
}

export function enhanceSearchBox(form: HTMLFormElement, input: HTMLInputElement): void {
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

  const show = (outcome: SearchOutcome, query: string) => {
    suggestions = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    for (const { document } of outcome.results) {
      suggestions.push(option(resultHref(document, lang), document.label.title, kindLabel(document, strings)));
    }
    const count = suggestions.length;
    const allResults = `${form.dataset.searchPage ?? '/search/'}${searchFragment(query.trim())}`;
    suggestions.push(option(allResults, translate(strings, 'search.seeAll'), ''));
    suggestions.at(-1)!.element.classList.add('search-suggestions__all');
    listbox.replaceChildren(...suggestions.map((s) => s.element));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    if (count === 0) announce(translate(strings, 'search.noSuggestions'));
    else announce(translate(strings, outcome.weak ? 'search.weakSuggestionCount' : 'search.suggestionCount', { count }));
  };

  let ready = loadSearchFor(form);
  ready.catch(() => status && (status.textContent = translate(strings, 'search.unavailable')));

  const update = () => {
    const query = input.value;
    if (!query.trim()) {
      close();
      return;
    }
    ready
      .catch(() => (ready = loadSearchFor(form)))
      .then((search) => {
        // A later keystroke has already asked again; this answer is out of date.
        if (input.value !== query || document.activeElement !== input) return;
        show(search.search(query, suggestionCount), query);
      })
      .catch(() => announce(translate(strings, 'search.unavailable')));
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', update);
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    // Keys that confirm or cancel a word in a Chinese input method are the method's, not ours.
    if (event.isComposing || event.keyCode === 229) return;
    const open = !listbox.hidden && suggestions.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) {
        update();
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
  if (document.activeElement === input) update();
}
