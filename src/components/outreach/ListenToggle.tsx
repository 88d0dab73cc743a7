/**
 * "听一听 / Listen" inside a Preact island (the questionnaire's results): the same behaviour as
 * ListenButton.astro. Absent until a voice for the page's language exists; press to start, press
 * again to stop; stops when the page is hidden or the results go away.
 */
import { useEffect, useState } from 'preact/hooks';
import { speak, stopSpeaking, stopWhenHidden, watchVoice } from './readAloud.ts';

interface Props {
  lang: string;
  /** The utterances, from src/lib/outreach/readAloudText.ts. */
  speech: readonly string[];
  startLabel: string;
  stopLabel: string;
}

export function ListenToggle({ lang, speech, startLabel, stopLabel }: Props) {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(undefined);
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => watchVoice(lang, setVoice), [lang]);
  useEffect(() => {
    const stopWatching = stopWhenHidden(() => setSpeaking(false));
    return () => {
      stopWatching();
      stopSpeaking();
    };
  }, []);
  if (!voice) return null;

  const toggle = () => {
    if (speaking) {
      stopSpeaking();
      setSpeaking(false);
      return;
    }
    setSpeaking(true);
    speak(speech, lang, voice, () => setSpeaking(false));
  };
  return (
    <button type="button" class="button button--secondary listen-button" data-listen onClick={toggle}>
      <svg class="listen-button__icon" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24">
        <path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" />
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
      <span>{speaking ? stopLabel : startLabel}</span>
    </button>
  );
}
