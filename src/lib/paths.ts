/**
 * The site's two languages and how their URLs relate: Chinese at the root, English under /en/,
 * with the same paths below that.
 */
export const languages = ['zh-CN', 'en'] as const;
/** A locale of the site: what `<html lang>` says and what the URLs are built from. */
export type Language = (typeof languages)[number];
/** The half of a bilingual content record (`{ zh: …, en: … }`) a language reads. */
export type ContentSide = 'zh' | 'en';
export const defaultLanguage: Language = 'zh-CN';

/** The value for the `[...lang]` route parameter: undefined for the root language. */
export function langParam(lang: Language): string | undefined {
  return lang === defaultLanguage ? undefined : lang;
}

/** The language a `[...lang]` route parameter stands for; undefined if it names no language. */
export function languageFromParam(param: string | undefined): Language | undefined {
  if (param === undefined || param === '') return defaultLanguage;
  return param === 'en' ? 'en' : undefined;
}

/**
 * The URL path of a page in a language, from its language-neutral path.
 * @example localisedPath('en', '/services/3/') // '/en/services/3/'
 * @example localisedPath('zh-CN', '/') // '/'
 */
export function localisedPath(lang: Language, path: string): string {
  const neutral = path.startsWith('/') ? path : `/${path}`;
  return lang === defaultLanguage ? neutral : `/en${neutral}`;
}

/**
 * The language and language-neutral path of a URL path.
 * @example splitLocalisedPath('/en/hotlines/') // { lang: 'en', path: '/hotlines/' }
 */
export function splitLocalisedPath(pathname: string): { lang: Language; path: string } {
  if (pathname === '/en' || pathname.startsWith('/en/')) return { lang: 'en', path: pathname.slice(3) || '/' };
  return { lang: defaultLanguage, path: pathname };
}

const other: Record<Language, Language> = { 'zh-CN': 'en', en: 'zh-CN' };
const sideOf: Record<Language, ContentSide> = { 'zh-CN': 'zh', en: 'en' };

/** The other language, for the language switch. */
export function otherLanguage(lang: Language): Language {
  return other[lang];
}

/**
 * Which half of a bilingual content record (`{ zh: …, en: … }`) a language reads.
 * @example service[contentSide('en')].name
 */
export function contentSide(lang: Language): ContentSide {
  return sideOf[lang];
}
