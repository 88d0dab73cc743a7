/**
 * The buttons of SharePanel.astro: copy the link, copy the message, share. They stay hidden without
 * JavaScript; the share button also where the browser has no share sheet, leaving the copy buttons.
 */
import { canShare, copyText, shareThrough } from './sendText.ts';

export function startShareButtons(): void {
  for (const panel of document.querySelectorAll<HTMLElement>('[data-share]')) {
    const actions = panel.querySelector<HTMLElement>('[data-share-actions]');
    const status = panel.querySelector<HTMLElement>('[data-share-status]');
    const manual = panel.querySelector<HTMLElement>('[data-share-manual]');
    const manualText = manual?.querySelector('textarea');
    if (!actions || !status || !manual || !manualText) continue;
    const { link = '', message = '', title = '', text = '' } = panel.dataset;

    const copy = async (value: string) => {
      manual.hidden = true;
      // Emptied first, so the same words said twice are announced twice.
      status.textContent = '';
      if (await copyText(value)) {
        status.textContent = status.dataset.copied ?? '';
        return;
      }
      // Both ways refused: the text, selected, for the person to copy by hand.
      status.textContent = status.dataset.failed ?? '';
      manualText.value = value;
      manual.hidden = false;
      manualText.focus();
      manualText.select();
    };

    for (const button of actions.querySelectorAll<HTMLButtonElement>('[data-share-copy]')) {
      button.addEventListener('click', () => void copy(button.dataset.shareCopy === 'message' ? message : link));
    }
    const share = actions.querySelector<HTMLButtonElement>('[data-share-native]');
    if (share && canShare()) {
      share.hidden = false;
      share.addEventListener('click', async () => {
        if ((await shareThrough({ title, text, url: link })) === 'failed') await copy(link);
      });
    }
    actions.hidden = false;
  }
}
