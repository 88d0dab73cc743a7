/**
 * What the about page shows beyond its own words: the official pages beyond the plan that the site
 * cites, each as read, and the needs the plan has no service for, with where an official page says to go.
 */
import { useTranslations } from '../i18n/translate.ts';
import { contentSide, type Language } from '../lib/paths.ts';
import { factView, languageOf } from './nextStepsView.ts';
import { getSiteContent } from './siteContent.ts';

export async function aboutView(lang: Language) {
  const content = await getSiteContent();
  const t = useTranslations(lang);
  return {
    sources: content.sources.map((source) => ({ ...source, titleLang: languageOf[source.language] })),
    notInPlan: content.notInPlan.map((need) => ({
      id: need.id,
      title: t('notInPlan.title', { name: need.name[contentSide(lang)] }),
      where: factView(content, need.where, lang),
    })),
  };
}
