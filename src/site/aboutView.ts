/** What the about page shows beyond its own words: the official pages beyond the plan that the site cites, each as read. */
import { languageOf } from './nextStepsView.ts';
import { getSiteContent } from './siteContent.ts';

export async function aboutView() {
  const { sources } = await getSiteContent();
  return { sources: sources.map((source) => ({ ...source, titleLang: languageOf[source.language] })) };
}
