/**
 * Large-text mode: the header button turns the `large-text` class on <html> on and off and
 * remembers the choice on this device only. BaseLayout's inline script reads the same key before
 * the first paint, so a remembered choice never shows a page at the small size first.
 */

/** The localStorage key; BaseLayout.astro's inline script spells it out too (it cannot import). */
export const TEXT_SIZE_KEY = 'text-size';
const LARGE = 'large';
const CLASS = 'large-text';

function remember(large: boolean): void {
  try {
    if (large) localStorage.setItem(TEXT_SIZE_KEY, LARGE);
    else localStorage.removeItem(TEXT_SIZE_KEY);
  } catch {
    // Storage blocked (some in-app browsers, private modes): the mode still holds for this page.
  }
}

export function startTextSizeToggle(): void {
  const root = document.documentElement;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-text-size-toggle]')) {
    button.setAttribute('aria-pressed', String(root.classList.contains(CLASS)));
    button.addEventListener('click', () => {
      const large = root.classList.toggle(CLASS);
      button.setAttribute('aria-pressed', String(large));
      remember(large);
    });
  }
}
