/**
 * Which of the browser's speech voices reads a page aloud, if any: one on the phone that speaks
 * the page's language. No voice means no "Listen" button, rather than Chinese read by an English
 * (or Cantonese) voice, and rather than a network voice: desktop Chrome's "Google" voices speak on
 * Google's servers, and the text read (the services matched to a family's answers) would leave the
 * device.
 */

/** What the choice needs of a SpeechSynthesisVoice. */
export interface VoiceLike {
  lang: string;
  localService?: boolean;
}

/** Language tags as browsers report them: `zh-CN`, `zh_CN` (some Android builds), `cmn-Hans-CN`. */
function normalise(lang: string): string {
  return lang.replace(/_/gu, '-').toLowerCase();
}

function speaksLanguage(voiceLang: string, pageLang: string): boolean {
  const lang = normalise(voiceLang);
  // Mandarin is `zh` almost everywhere; some voices name it `cmn` (its ISO 639-3 code). Hong Kong
  // voices speak Cantonese, which most families from other provinces would not follow.
  if (pageLang === 'zh-CN') return (lang.startsWith('zh') || lang.startsWith('cmn')) && !lang.startsWith('zh-hk') && !lang.startsWith('yue');
  return lang.startsWith('en');
}

/** Higher is better: mainland Mandarin first on Chinese pages. */
function score(voice: VoiceLike, pageLang: string): number {
  const lang = normalise(voice.lang);
  return pageLang === 'zh-CN' && (lang === 'zh-cn' || lang === 'cmn-cn' || lang === 'cmn-hans-cn' || lang === 'zh-hans-cn') ? 1 : 0;
}

/**
 * The best voice for a page in `pageLang` (`zh-CN` or `en`), or undefined when none speaks it.
 * @example pickVoice([{ lang: 'en-US' }, { lang: 'zh-TW' }, { lang: 'zh-CN' }], 'zh-CN') // { lang: 'zh-CN' }
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], pageLang: string): V | undefined {
  let best: V | undefined;
  for (const voice of voices) {
    if (voice.localService === false || !speaksLanguage(voice.lang, pageLang)) continue;
    if (best === undefined || score(voice, pageLang) > score(best, pageLang)) best = voice;
  }
  return best;
}
