/**
 * The browser's own speech (speechSynthesis), for "Listen": only voices on the phone (pickVoice), so
 * nothing read is sent anywhere.
 * A page offers it only when a voice speaks its language; voices often arrive after load, so the
 * offer is re-checked on `voiceschanged`.
 */
import { pickVoice } from '../../lib/outreach/pickVoice.ts';

/**
 * Calls `onVoice` with the voice for `lang` (or undefined) now and whenever the browser's voices
 * change. Returns a function that stops listening.
 */
export function watchVoice(lang: string, onVoice: (voice: SpeechSynthesisVoice | undefined) => void): () => void {
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;
  if (!synth || typeof SpeechSynthesisUtterance !== 'function') {
    onVoice(undefined);
    return () => {};
  }
  const check = () => onVoice(pickVoice(synth.getVoices(), lang));
  check();
  synth.addEventListener('voiceschanged', check);
  return () => synth.removeEventListener('voiceschanged', check);
}

/** Which run of speech is the latest: events of a run that was stopped are ignored. */
let current = 0;

/** Stops whatever this site is saying. */
export function stopSpeaking(): void {
  current += 1;
  window.speechSynthesis?.cancel();
}

/**
 * Says the utterances one after another in `lang` with `voice`; `onDone` runs once, when the last
 * one ends or speaking fails, unless the run was stopped first.
 */
export function speak(utterances: readonly string[], lang: string, voice: SpeechSynthesisVoice, onDone: () => void): void {
  stopSpeaking();
  const mine = current;
  const finish = () => {
    if (mine !== current) return;
    current += 1;
    onDone();
  };
  utterances.forEach((text, index) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.voice = voice;
    utterance.addEventListener('error', finish);
    if (index === utterances.length - 1) utterance.addEventListener('end', finish);
    window.speechSynthesis.speak(utterance);
  });
}

/** Stops speech when the page is hidden: a phone locked or another app opened should not keep talking. */
export function stopWhenHidden(onStopped: () => void): () => void {
  const stop = () => {
    stopSpeaking();
    onStopped();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') stop();
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', stop);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('pagehide', stop);
  };
}
