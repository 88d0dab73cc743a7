/** The strings a search box carries in its `data-strings`, from the locale file's `search.*` keys. */
export type SearchStrings = Record<string, string>;

export function stringsOf(form: HTMLElement): SearchStrings {
  try {
    return JSON.parse(form.dataset.strings ?? '{}') as SearchStrings;
  } catch {
    return {};
  }
}
