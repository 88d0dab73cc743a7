/**
 * The results page: reads the query from the fragment (or from `?q=`, which it then moves into the
 * fragment), searches on the device and lists the results, updating as the person types. When the
 * words signal danger or distress, the crisis answer shows first, as soon as its small file is
 * there, without waiting for the index.
 */
import { addressWith } from '../../lib/currentAddress.ts';
import type { Language } from '../../lib/paths.ts';
import { displayQuery, maxQueryLength } from '../../lib/search/normaliseQuery.ts';
import { parseServiceNumber } from '../../lib/search/parseServiceNumber.ts';
import { readSearchAddress, searchFragment } from '../../lib/search/searchAddress.ts';
import type { Search } from '../../lib/search/createSearch.ts';
import { crisisAnswer, loadCrisisFor, type CrisisMatcher } from './crisisAnswer.ts';
import { loadSearchFor } from './loadSearch.ts';
import { politeAnnouncer } from './politeAnnouncer.ts';
import { stringsOf } from './searchStrings.ts';
import { translate } from '../../lib/strings/translate.ts';
import { kindLabel, resultHref, textElement } from './resultParts.ts';

/** The results page shows at most this many (the contract tests and links rely on). */
const resultLimit = 20;

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search-box="results"]');
  const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
  const list = document.querySelector<HTMLOListElement>('[data-testid="search-results"]');
  const summary = document.querySelector<HTMLElement>('[data-search-summary]');
  const notice = document.querySelector<HTMLElement>('[data-search-notice]');
  const announcer = document.querySelector<HTMLElement>('[data-search-announce]');
  const crisisSlot = document.querySelector<HTMLElement>('[data-crisis-slot]');
  const crisisTemplate = document.querySelector<HTMLTemplateElement>('template[data-crisis-template]');
  if (!form || !input || !list || !summary || !notice || !announcer || !crisisSlot || !crisisTemplate) return;
  const lang = (form.dataset.lang ?? 'zh-CN') as Language;
  const strings = stringsOf(form);
  const serviceCount = Number(form.dataset.serviceCount);
  const announce = politeAnnouncer(announcer);

  const address = readSearchAddress(location.search, location.hash);
  if (address.rewrite) history.replaceState(history.state, '', addressWith(location.href, address.rewrite));
  input.value = address.query;

  const say = (text: string) => {
    summary.textContent = text;
    announce(text);
  };

  const notices = (query: string, shortened: boolean): string[] => {
    const messages: string[] = [];
    if (shortened) messages.push(translate(strings, 'search.shortened', { count: maxQueryLength }));
    const number = parseServiceNumber(query);
    if (number !== undefined && number > serviceCount) messages.push(translate(strings, 'search.noSuchService', { number, count: serviceCount }));
    return messages;
  };

  const render = (search: Search, query: string) => {
    if (!query.trim()) {
      list.replaceChildren();
      notice.hidden = true;
      say(translate(strings, 'search.empty'));
      return;
    }
    const outcome = search.search(query, resultLimit);
    list.replaceChildren(
      ...outcome.results.map(({ document: page }) => {
        const label = page.label;
        const item = document.createElement('li');
        item.className = 'search-results__item';
        const link = textElement('a', 'search-results__link', label.title);
        link.href = resultHref(page, lang);
        item.append(link, textElement('span', 'search-results__kind', kindLabel(page, strings)));
        if (label.detail) item.append(textElement('p', 'search-results__detail', label.detail));
        return item;
      }),
    );
    const messages = notices(query, outcome.shortened);
    notice.textContent = messages.join(' ');
    notice.hidden = messages.length === 0;
    const shown = displayQuery(query);
    let summaryText = translate(strings, 'search.noResults', { query: shown });
    if (outcome.results.length > 0) {
      summaryText = outcome.weak
        ? translate(strings, 'search.weak', { query: shown })
        : translate(strings, 'search.resultsFor', { query: shown, count: outcome.results.length });
    }
    say(summaryText);
  };

  // The language switch keeps the query, so the same search opens in the other language.
  const languageSwitch = document.querySelector<HTMLAnchorElement>('[data-testid="language-switch"]');
  const switchBase = languageSwitch?.getAttribute('href') ?? '';
  const keepQueryAcrossLanguages = (query: string) => {
    if (languageSwitch) languageSwitch.href = query.trim() ? `${switchBase}${searchFragment(query.trim())}` : switchBase;
  };

  let crisis: CrisisMatcher | undefined;
  /** The crisis answer for what is in the box, or nothing; replaced only when it changes, so a reader's place is kept. */
  const showCrisis = () => {
    const match = crisis?.(input.value);
    const key = match ? `${match.tier} ${match.lines.join(' ')}` : '';
    if (crisisSlot.dataset.shown === key) return;
    crisisSlot.dataset.shown = key;
    crisisSlot.replaceChildren(...(match ? [crisisAnswer(match, crisisTemplate)] : []));
  };
  loadCrisisFor(form).then(
    (ready) => {
      crisis = ready;
      showCrisis();
    },
    // Without the crisis list the results still come, and 110 and 120 stay in the footer.
    () => undefined,
  );

  say(translate(strings, 'search.loading'));
  keepQueryAcrossLanguages(input.value);
  let search: Search | undefined;
  // Listening starts at once, so what is typed while the index loads is not lost.
  input.addEventListener('input', () => {
    // Typing replaces the address rather than adding to history: Back leaves the page.
    history.replaceState(history.state, '', input.value.trim() ? searchFragment(input.value) : addressWith(location.href, { hash: '' }));
    keepQueryAcrossLanguages(input.value);
    showCrisis();
    if (search) render(search, input.value);
  });
  window.addEventListener('hashchange', () => {
    input.value = readSearchAddress('', location.hash).query;
    keepQueryAcrossLanguages(input.value);
    showCrisis();
    if (search) render(search, input.value);
  });
  loadSearchFor(form).then(
    (ready) => {
      search = ready;
      render(ready, input.value);
    },
    () => say(translate(strings, 'search.unavailable')),
  );
}
