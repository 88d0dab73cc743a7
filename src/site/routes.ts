/** `getStaticPaths` building blocks for pages under `src/pages/[...lang]/`. */
import { langParam, languages, type Language } from '../lib/paths.ts';
import { getSiteContent } from './siteContent.ts';

/** One page per language: `/x/` in Chinese and `/en/x/` in English. */
export function pathsForEachLanguage() {
  return languages.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** One page per language and per item, e.g. every service in both languages. */
export function pathsForEachLanguageAnd<T, P extends Record<string, string>>(items: readonly T[], params: (item: T) => P) {
  return languages.flatMap((lang: Language) => items.map((item) => ({ params: { lang: langParam(lang), ...params(item) }, props: { lang, item } })));
}

/** One page per language and department, with a `[slug]` parameter. */
export async function pathsForEachDepartment() {
  const { departments } = await getSiteContent();
  return pathsForEachLanguageAnd(departments, (department) => ({ slug: department.id }));
}

/** One page per language and service, with a `[number]` parameter: service pages and their short links. */
export async function pathsForEachService() {
  const { services } = await getSiteContent();
  return pathsForEachLanguageAnd(services, (service) => ({ number: String(service.number) }));
}
