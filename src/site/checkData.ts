/** Builds the questionnaire island's data for one language from the checked content. */
import { departmentLabel } from '../lib/content/departmentLabel.ts';
import { departmentsOfService, hotlinesOfService } from '../lib/content/relations.ts';
import type { Hotline } from '../lib/content/schemas.ts';
import type { CheckData, CheckHotline } from '../lib/eligibility/checkIslandData.ts';
import { contentSide, localisedPath, type Language } from '../lib/paths.ts';
import { getSiteContent } from './siteContent.ts';

export async function buildCheckData(lang: Language): Promise<CheckData> {
  const content = await getSiteContent();
  const { categories, services, hotlines } = content;
  const side = contentSide(lang);
  const hotline = (line: Hotline): CheckHotline => ({
    id: line.id,
    number: line.number,
    name: line[side].name,
    offerShanghaiAreaCode: line.offerShanghaiAreaCode,
  });
  return {
    lang,
    categories: categories.map((category) => ({ id: category.id, name: category[side].name })),
    services: services.map((service) => ({
      number: service.number,
      category: service.category,
      name: service[side].name,
      departments: departmentsOfService(content, service).map((department) => departmentLabel(department, lang)),
      hotlines: hotlinesOfService(content, service).map(hotline),
      conditions: service.eligibility.conditions,
    })),
    hotlines: hotlines.filter((line) => line.kind === 'plan' && line.number).map(hotline),
    paths: {
      services: localisedPath(lang, '/services/'),
      hotlines: localisedPath(lang, '/hotlines/'),
      exit: localisedPath(lang, '/'),
    },
  };
}
