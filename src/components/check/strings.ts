/**
 * The island's own `t`: it reads the already-translated templates the page passed in and fills
 * them with src/lib/fillTemplate.ts. A missing key shows the key, and the locale tests make sure
 * none is missing.
 */
import { fillTemplate, fillText } from '../../lib/fillTemplate.ts';

export type Strings = Record<string, string>;

export function makeTranslate(strings: Strings) {
  const template = (key: string) => strings[key] ?? key;
  return {
    t: (key: string, values: Record<string, string | number> = {}) => fillText(template(key), values),
    /** For templates whose values are markup (a quotation with its own `lang`). */
    parts: <V,>(key: string, values: Record<string, V>) => fillTemplate(template(key), values),
  };
}

export type Translate = ReturnType<typeof makeTranslate>;
