/**
 * What a service's page shows besides the service itself: its category, the hotlines and measures it
 * is linked to, how to get it (next steps), its neighbours in the list, and "Report a mistake".
 */
import { useTranslations } from '../i18n/translate.ts';
import { categoryOf, hotlinesOfService, measuresOfService } from '../lib/content/relations.ts';
import type { Service } from '../lib/content/schemas.ts';
import { contentSide, type Language } from '../lib/paths.ts';
import { nextStepsView } from './nextStepsView.ts';
import { reportView } from './reportView.ts';
import { serviceOutreach } from './serviceOutreach.ts';
import { getSiteContent } from './siteContent.ts';

export async function serviceView(service: Service, lang: Language, site: URL | undefined) {
  const content = await getSiteContent();
  const { services, departments } = content;
  const nextSteps = nextStepsView(content, service, lang);
  return {
    departments,
    category: categoryOf(content, service),
    relatedHotlines: hotlinesOfService(content, service),
    relatedMeasures: measuresOfService(content, service),
    previous: services.find((s) => s.number === service.number - 1),
    next: services.find((s) => s.number === service.number + 1),
    nextSteps,
    outreach: await serviceOutreach(service, lang, site, nextSteps),
    report: await reportView(lang, site, {
      path: `/services/${service.number}/`,
      page: `${useTranslations(lang)('service.code', { number: service.number })} ${service[contentSide(lang)].name}`,
      service: service.number,
    }),
  };
}
