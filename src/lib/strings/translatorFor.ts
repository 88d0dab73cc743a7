/** The island's `t` and `parts`: src/lib/strings/translate.ts bound to the strings its page passed in. */
import { translate, translateParts, type PlaceholderValues, type Strings } from './translate.ts';

/**
 * @example const { t } = translatorFor({ 'check.print': '打印' }); t('check.print') // '打印'
 */
export function translatorFor(strings: Strings) {
  return {
    t: (key: string, values?: PlaceholderValues) => translate(strings, key, values),
    parts: <V>(key: string, values: PlaceholderValues<V>) => translateParts(strings, key, values),
  };
}

export type Translator = ReturnType<typeof translatorFor>;
