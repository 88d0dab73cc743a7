/**
 * "Listen" buttons on a static page (ListenButton.astro): shown only while a voice for the page's
 * language exists; press to start, press again to stop; the label says which.
 */
import { speak, stopSpeaking, stopWhenHidden, watchVoice } from './readAloud.ts';

export function startListenButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-listen]')) {
    const lang = button.dataset.lang ?? document.documentElement.lang;
    const utterances = JSON.parse(button.dataset.speech ?? '[]') as string[];
    const label = button.querySelector<HTMLElement>('[data-listen-label]') ?? button;
    let voice: SpeechSynthesisVoice | undefined;
    let speaking = false;
    const show = (now: boolean) => {
      speaking = now;
      label.textContent = (now ? button.dataset.labelStop : button.dataset.labelStart) ?? '';
    };
    watchVoice(lang, (found) => {
      voice = found;
      button.hidden = !found;
      if (!found && speaking) {
        stopSpeaking();
        show(false);
      }
    });
    stopWhenHidden(() => show(false));
    button.addEventListener('click', () => {
      if (speaking || !voice) {
        stopSpeaking();
        show(false);
        return;
      }
      show(true);
      speak(utterances, lang, voice, () => show(false));
    });
  }
}
