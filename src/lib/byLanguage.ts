/**
 * Choosing words by language, in one way: a record with a value for each content side, never an
 * inline `lang === 'en' ? … : …`. Usable at build time and in the browser alike.
 */
import { contentSide, type ContentSide, type Language } from './paths.ts';

/**
 * The value for a language.
 * @example byLanguage('en', { zh: 'zh_CN', en: 'en_GB' }) // 'en_GB'
 */
export function byLanguage<T>(lang: Language, choices: Record<ContentSide, T>): T {
  return choices[contentSide(lang)];
}

/** What stands between the items of a list in running text: 、 in Chinese, a comma in English. */
export function listSeparator(lang: Language): string {
  return byLanguage(lang, { zh: '、', en: ', ' });
}

/**
 * The items of a list as running text.
 * @example joinList('zh-CN', ['宝宝屋', '儿童之家']) // '宝宝屋、儿童之家'
 */
export function joinList(lang: Language, items: readonly string[]): string {
  return items.join(listSeparator(lang));
}
