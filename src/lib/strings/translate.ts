/**
 * The one way a string is looked up and filled, at build time (src/i18n/translate.ts) and in the
 * browser (islands and scripts get their already-translated strings as props or data attributes,
 * never i18next). Placeholders are written `{{name}}`.
 *
 * One rule for a missing key: it throws, naming the key. At build time that fails the build; in
 * the browser it is a string the page forgot to pass, which the end-to-end tests catch as an
 * error, rather than a blank or a key shown to a family.
 *
 * @example translate({ 'check.age': '孩子{{age}}岁' }, 'check.age', { age: 9 }) // '孩子9岁'
 */

/** Already-translated templates by key, as a locale file holds them. */
export type Strings = Readonly<Record<string, string>>;

export type PlaceholderValues<V = string | number> = Readonly<Record<string, V>>;

/**
 * A template with its placeholders filled. Values may be anything (text, or a piece of markup in
 * a component), so the result is a list of parts; a placeholder with no value stays as written.
 * @example fillParts('孩子{{age}}岁', { age: 9 }) // ['孩子', 9, '岁']
 */
export function fillParts<V>(template: string, values: PlaceholderValues<V>): Array<string | V> {
  const parts: Array<string | V> = [];
  let last = 0;
  for (const match of template.matchAll(/\{\{\s*(\w+)\s*\}\}/gu)) {
    const name = match[1]!;
    if (!(name in values)) continue;
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push(values[name]!);
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

/** The same, joined into one string. @example fillText('第{{n}}项', { n: 3 }) // '第3项' */
export function fillText(template: string, values: PlaceholderValues = {}): string {
  return fillParts(template, values).join('');
}

function templateOf(strings: Strings, key: string): string {
  const template = strings[key];
  // Kept short: this line ships in every island and script.
  if (template === undefined) throw new Error(`No "${key}" string`);
  return template;
}

/** The string under `key`, its placeholders filled, as plain text. */
export function translate(strings: Strings, key: string, values: PlaceholderValues = {}): string {
  return fillText(templateOf(strings, key), values);
}

/** The same as parts, for templates whose values are markup (a quotation with its own `lang`). */
export function translateParts<V>(strings: Strings, key: string, values: PlaceholderValues<V>): Array<string | V> {
  return fillParts(templateOf(strings, key), values);
}
