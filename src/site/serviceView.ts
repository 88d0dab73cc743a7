/**
 * What a service's page shows besides the service itself: its category, the hotlines, measures and
 * kinds of place it is linked to, its neighbours in the list and the city hotline.
 */
import { joinList } from '../lib/byLanguage.ts';
import { categoryOf, hotlinesOfService, measuresOfService, placeKindsOfService } from '../lib/content/relations.ts';
import type { Service } from '../lib/content/schemas.ts';
import { contentSide, type Language } from '../lib/paths.ts';
import { serviceOutreach } from './serviceOutreach.ts';
import { getSiteContent } from './siteContent.ts';

export async function serviceView(service: Service, lang: Language, site: URL | undefined) {
  const content = await getSiteContent();
  const { services, hotlines, departments } = content;
  const side = contentSide(lang);
  return {
    departments,
    category: categoryOf(content, service),
    relatedHotlines: hotlinesOfService(content, service),
    relatedMeasures: measuresOfService(content, service),
    previous: services.find((s) => s.number === service.number - 1),
    next: services.find((s) => s.number === service.number + 1),
    cityHotline: hotlines.find((hotline) => hotline.id === '12345'),
    /** The kinds of place the plan names for this service (宝宝屋 for service 4), as running text; empty when none. */
    deliveredAt: joinList(
      lang,
      placeKindsOfService(content, service).map((kind) => kind[side].name),
    ),
    outreach: await serviceOutreach(service, lang, site),
  };
}
