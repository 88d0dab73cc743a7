/**
 * UI strings, rendered at build time with i18next, wrapped here once. Never imported by client
 * code: islands and scripts get their strings already translated, as props or data attributes,
 * and fill them with src/lib/strings/translate.ts, which follows the same rules (`{{name}}`
 * placeholders, a missing key throws naming it); tests/unit/translate.test.ts holds the two to the
 * same result for every string of both locale files.
 *
 * @example
 * const t = useTranslations('en');
 * t('nav.services'); // 'Services'
 * t('service.code', { number: 34 }); // 'Service 34'
 */
import i18next from 'i18next';
import { findLocaleProblems } from '../lib/findLocaleProblems.ts';
import type { Language } from '../lib/paths.ts';
import { translateParts, type PlaceholderValues, type Strings } from '../lib/strings/translate.ts';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';

export type TranslationKey = keyof typeof zhCN;
export type Translate = (key: TranslationKey, values?: Record<string, string | number>) => string;

const problems = findLocaleProblems('src/locales/zh-CN.json', zhCN, 'src/locales/en.json', en);
if (problems.length > 0) throw new Error(`The locale files do not match:\n- ${problems.join('\n- ')}`);

const localeStrings: Record<Language, Strings> = { 'zh-CN': zhCN, en };

const translator = i18next.createInstance();
void translator.init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: 'zh-CN',
  fallbackLng: false,
  // Keys are flat and dotted ("nav.services"): the dots are part of the key, not a path.
  keySeparator: false,
  nsSeparator: false,
  initAsync: false,
  // Astro escapes every value it renders; escaping here too would show "&amp;" to readers.
  interpolation: { escapeValue: false },
});

export function useTranslations(lang: Language): Translate {
  // Keys are checked by TranslationKey and at run time below; i18next's own key typing is not used.
  const fixed = translator.getFixedT(lang) as unknown as (key: string, values?: Record<string, string | number>) => string;
  return (key, values) => {
    // The one rule for a missing key, as in src/lib/strings/translate.ts: fail, naming it.
    if (!translator.exists(key, { lng: lang })) throw new Error(`No "${key}" string for ${lang} in src/locales/.`);
    return fixed(key, values);
  };
}

/**
 * Strings whose placeholders hold markup (a tap-to-call link, words with their own `lang`), as parts
 * for a component to lay out, filled by the same rules as islands use.
 * @example
 * const parts = useTranslationParts('en');
 * parts('district.mapSearch.link', { keyword: <span lang="zh-CN">外滩街道社区卫生服务中心</span> }) // ['Search Amap for 「', <span>, '」']
 */
export function useTranslationParts(lang: Language) {
  return <V>(key: TranslationKey, values: PlaceholderValues<V>) => translateParts(localeStrings[lang], key, values);
}

/**
 * Every string whose key starts with `prefix`, untranslated templates and all, for an island to
 * fill in the browser with src/lib/strings/translate.ts.
 * @example stringsFor('en', 'check.') // { 'check.q.age.title': 'How old is your child?', … }
 */
export function stringsFor(lang: Language, prefix: string): Record<string, string> {
  const strings = localeStrings[lang];
  return Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith(prefix)));
}
