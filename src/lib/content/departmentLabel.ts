import { byLanguage } from '../byLanguage.ts';
import type { Language } from '../paths.ts';
import type { Department } from './schemas.ts';

/**
 * How a department is named in a list: in Chinese the short name the plan itself uses (市民政局),
 * which is what people recognise; in English its English name.
 */
export function departmentLabel(department: Department, lang: Language): string {
  return byLanguage(lang, { zh: department.zh.shortNames[0] ?? department.zh.name, en: department.en.name });
}
