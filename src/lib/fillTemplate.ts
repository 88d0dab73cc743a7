/**
 * Fills `{{name}}` placeholders in an already-translated string. Islands use this instead of
 * i18next, which never reaches the browser. Values may be anything (text, or a piece of markup in
 * a component), so the result is a list of parts; a placeholder with no value stays as written.
 *
 * @example fillTemplate('孩子{{age}}岁', { age: 9 }) // ['孩子', 9, '岁']
 */
export function fillTemplate<V>(template: string, values: Record<string, V>): Array<string | V> {
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
export function fillText(template: string, values: Record<string, string | number>): string {
  return fillTemplate(template, values).join('');
}
