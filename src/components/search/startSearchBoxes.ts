/**
 * The little every page loads for its search boxes: submitting works at once (to the results page,
 * or straight to a service by its number), and the rest of search, code and index, is fetched only
 * when someone first touches a box.
 */
import { localisedPath, type Language } from '../../lib/paths.ts';
import { parseServiceNumber } from '../../lib/search/parseServiceNumber.ts';
import { searchDestination } from '../../lib/search/searchAddress.ts';

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
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      location.assign(destinationFor(form, input.value));
    });
    // The results page drives its own box; elsewhere the box grows suggestions on first touch.
    if (form.dataset.searchBox === 'results') continue;
    let enhanced = false;
    const enhance = () => {
      if (enhanced) return;
      enhanced = true;
      import('./enhanceSearchBox.ts')
        .then(({ enhanceSearchBox }) => enhanceSearchBox(form, input))
        .catch(() => {
          // Without the suggestions the box still submits to the results page; try again next time.
          enhanced = false;
        });
    };
    input.addEventListener('focus', enhance);
  }
}
