/**
 * Checks that a locale file has exactly the reference locale's keys, each with non-empty text, and
 * the same `{{placeholders}}`, so a missing or mistyped string fails the build instead of showing a
 * key to a family.
 */
export type LocaleStrings = Record<string, unknown>;

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/gu)].map((match) => match[1]).sort();

export function findLocaleProblems(referenceName: string, reference: LocaleStrings, name: string, locale: LocaleStrings): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(locale)) {
    if (!(key in reference)) problems.push(`${name}: "${key}" is not in ${referenceName}`);
    if (typeof value !== 'string' || value.trim() === '') problems.push(`${name}: "${key}" must be non-empty text`);
  }
  for (const [key, value] of Object.entries(reference)) {
    const text = locale[key];
    if (!(key in locale)) {
      problems.push(`${name}: "${key}" is missing (${referenceName} has it)`);
    } else if (typeof value === 'string' && typeof text === 'string' && placeholders(value).join() !== placeholders(text).join()) {
      problems.push(`${name}: "${key}" must use the placeholders ${placeholders(value).join(', ') || '(none)'}`);
    }
  }
  return problems;
}
