/**
 * What printing needs from JavaScript, on every page: the printing date on the handout (the
 * information date is in the HTML already); the QR disclosure opened for the sheet, for browsers
 * whose print styles cannot show a closed <details> (the CSS uses ::details-content, Chromium 131+),
 * and closed again after; and print buttons, which are hidden without JavaScript because they
 * could do nothing there.
 */
import { isoDate } from '../../lib/outreach/isoDate.ts';

export function startPrinting(): void {
  addEventListener('beforeprint', () => {
    for (const line of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
      const value = line.querySelector('[data-print-date-value]');
      // The phone's own day: the sheet is printed where the phone is.
      if (value) value.textContent = isoDate(new Date());
      line.hidden = false;
    }
    for (const details of document.querySelectorAll<HTMLDetailsElement>('details.page-qr__details:not([open])')) {
      details.open = true;
      addEventListener('afterprint', () => (details.open = false), { once: true });
    }
  });
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.addEventListener('click', () => print());
    button.hidden = false;
  }
}
