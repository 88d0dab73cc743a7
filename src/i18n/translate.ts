/**
 * UI strings, rendered at build time through src/lib/strings/translate.ts, the same function the
 * islands and scripts use. Never imported by client code: they get their strings already
 * translated, as props or data attributes.
 *
 * @example
 * const t = useTranslations('en');
 * t('nav.services'); // 'Services'
 * t('service.code', { number: 34 }); // 'Service 34'
 */
import { findLocaleProblems } from '../lib/findLocaleProblems.ts';
import type { Language } from '../lib/paths.ts';
import { translate, type Strings } from '../lib/strings/translate.ts';
import en from '../locales/en.json';
import zhCN from '../locales/zh-CN.json';

export type TranslationKey = keyof typeof zhCN;
export type Translate = (key: TranslationKey, values?: Record<string, string | number>) => string;

const problems = findLocaleProblems('src/locales/zh-CN.json', zhCN, 'src/locales/en.json', en);
if (problems.length > 0) throw new Error(`The locale files do not match:\n- ${problems.join('\n- ')}`);

const localeStrings: Record<Language, Strings> = { 'zh-CN': zhCN, en };

/** Keys are checked by TranslationKey here, and by `translate`, which throws on a missing one. */
export function useTranslations(lang: Language): Translate {
  return (key, values) => translate(localeStrings[lang], key, values);
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
