/**
 * What "Listen" (听一听) says: a page's parts as short utterances, one a part, in the page's
 * language. Short utterances because some browsers stop a long one part way; phone numbers digit
 * by digit, because a voice reads 962525 as "nine hundred and sixty-two thousand…".
 */

import type { Language } from '../paths.ts';

export interface SpokenPart {
  /** Said first, like a heading: `服务对象`, `Who it is for`. */
  label?: string | undefined;
  /** One text, or a list read with the language's list comma. */
  text: string | readonly string[];
}

const punctuation = {
  'zh-CN': { afterLabel: '：', list: '、', end: '。', ends: /[。！？.!?]$/u },
  en: { afterLabel: ': ', list: ', ', end: '.', ends: /[.!?。]$/u },
} as const;

/**
 * Digits as a voice should say a phone number: one by one. Any run of five digits or more is a
 * phone number on this site; shorter ones (110, 120) only when listed in `numbers`.
 * @example spellNumbers('打962525或110，0-6岁', ['110']) // '打9 6 2 5 2 5或1 1 0，0-6岁'
 */
export function spellNumbers(text: string, numbers: readonly string[] = []): string {
  return text.replace(/\d+/gu, (digits) => (digits.length >= 5 || numbers.includes(digits) ? digits.split('').join(' ') : digits));
}

/**
 * The utterances for a page, each part ending as a sentence; empty parts are left out.
 * @example readAloudText('zh-CN', [{ text: '服务编号 3，免疫接种' }, { label: '服务对象', text: '适龄流动儿童' }])
 * // ['服务编号 3，免疫接种。', '服务对象：适龄流动儿童。']
 */
export function readAloudText(lang: Language, parts: readonly SpokenPart[], numbers: readonly string[] = []): string[] {
  const marks = punctuation[lang];
  return parts.flatMap(({ label, text }) => {
    const body = (typeof text === 'string' ? text : text.join(marks.list)).trim();
    if (body === '') return [];
    const sentence = `${label ? `${label}${marks.afterLabel}` : ''}${body}${marks.ends.test(body) ? '' : marks.end}`;
    return [spellNumbers(sentence, numbers)];
  });
}
