/**
 * What a service's page shows besides the service itself: its category, the hotlines and measures it
 * is linked to, how to get it (next steps), and its neighbours in the list.
 */
import { categoryOf, hotlinesOfService, measuresOfService } from '../lib/content/relations.ts';
import type { Service } from '../lib/content/schemas.ts';
import type { Language } from '../lib/paths.ts';
import { nextStepsView } from './nextStepsView.ts';
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
  };
}
