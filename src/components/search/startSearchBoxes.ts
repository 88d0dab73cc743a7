/**
 * The little every page loads for its search boxes: submitting works at once (to the results page,
 * or straight to a service by its number), and the rest of search is fetched only when someone
 * first touches a box: its code, the indexes and the crisis list all at once, in parallel. Until
 * the suggestions can show, a key typed shows a visible "getting search ready" line at once.
 */
import { localisedPath, type Language } from '../../lib/paths.ts';
import { parseServiceNumber } from '../../lib/search/parseServiceNumber.ts';
import { searchDestination } from '../../lib/search/searchAddress.ts';
import { prefetchSearchFiles } from './searchFiles.ts';
import { stringsOf } from './searchStrings.ts';

/** Where a query typed into this box leads. */
export function destinationFor(form: HTMLFormElement, query: string): string {
  const lang = (form.dataset.lang ?? 'zh-CN') as Language;
  const count = Number(form.dataset.serviceCount);
  const number = parseServiceNumber(query);
  return searchDestination(query, number !== undefined && number <= count ? number : undefined, {
    searchPage: form.dataset.searchPage ?? localisedPath(lang, '/search/'),
    servicePage: (n) => localisedPath(lang, `/services/${n}/`),
  });
}

export function startSearchBoxes(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box]')) {
    const input = form.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) continue;
    // Without JavaScript the button stays disabled, so the form cannot send anyone to a page that ignores their words.
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      location.assign(destinationFor(form, input.value));
    });
    // The results page drives its own box; elsewhere the box grows suggestions on first touch.
    if (form.dataset.searchBox === 'results') continue;
    // Until the suggestions take over (enhanceSearchBox marks the box), a key shows that search is on
    // its way: a line made at the first key, not on every page's load.
    let loading: HTMLElement | undefined;
    const showLoading = (shown: boolean) => {
      if (!loading && shown) {
        loading = document.createElement('p');
        loading.className = 'small search-box__loading';
        loading.dataset.searchLoading = '';
        loading.textContent = stringsOf(form)['search.loadingVisible'] ?? '';
        form.append(loading);
      }
      if (loading) loading.hidden = !shown;
    };
    let enhanced = false;
    const enhance = () => {
      if (enhanced) return;
      enhanced = true;
      prefetchSearchFiles(form);
      const searchCode = import('./loadSearch.ts');
      searchCode.catch(() => undefined);
      import('./enhanceSearchBox.ts')
        .then(({ enhanceSearchBox }) => enhanceSearchBox(form, input, searchCode))
        .catch(() => {
          // Without the suggestions the box still submits to the results page; try again next time.
          enhanced = false;
          showLoading(false);
        });
    };
    input.addEventListener('focus', enhance);
    input.addEventListener('input', () => {
      enhance();
      if (form.dataset.enhanced !== 'true') showLoading(input.value.trim() !== '');
    });
  }
}
