/** Builds the questionnaire island's data for one language from the checked content. */
import { departmentLabel } from '../lib/content/departmentLabel.ts';
import { departmentsOfService, hotlineById, hotlinesOfService } from '../lib/content/relations.ts';
import type { Hotline, Service } from '../lib/content/schemas.ts';
import type { CheckData, CheckHotline, CheckNextStep } from '../lib/eligibility/checkIslandData.ts';
import type { SiteContent } from '../lib/content/collections.ts';
import { contentSide, localisedPath, type Language } from '../lib/paths.ts';
import { nextStepsView } from './nextStepsView.ts';
import { reportContact } from './reportContact.ts';
import { getSiteContent } from './siteContent.ts';

/** A service's next steps cut down to what its result and the family's checklist show. */
function checkNextStep(content: SiteContent, service: Service, lang: Language): CheckNextStep {
  const view = nextStepsView(content, service, lang);
  const first = view.where[0]?.short;
  return {
    ...(first ? { first } : {}),
    visit: view.where.filter((fact) => fact.channel === 'visit').map((fact) => fact.short),
    documents: view.bring.map(({ document, text }) => ({ document, text })),
    ...(view.notice ? { notice: view.notice.department } : {}),
  };
}

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
  const cityLine = hotline(hotlineById(content, '12345'));
  return {
    lang,
    categories: categories.map((category) => ({ id: category.id, name: category[side].name })),
    services: services.map((service) => ({
      number: service.number,
      category: service.category,
      name: service[side].name,
      ...(service.tellApart ? { tellApart: service.tellApart[side] } : {}),
      departments: departmentsOfService(content, service).map((department) => departmentLabel(department, lang)),
      hotlines: hotlinesOfService(content, service).map(hotline),
      conditions: service.eligibility.conditions.map((condition) => ({
        ...condition,
        cites: condition.cites.map(({ en, words, ...where }) => ({ ...where, words: side === 'en' ? en : words })),
      })),
      next: checkNextStep(content, service, lang),
    })),
    // The results tell a family to ask 12345, so it stands with the plan's lines, with its 021 form.
    hotlines: [...hotlines.filter((line) => line.kind === 'plan' && line.number).map(hotline), cityLine],
    report: { ...reportContact, cityHotline: cityLine },
    paths: {
      services: localisedPath(lang, '/services/'),
      hotlines: localisedPath(lang, '/hotlines/'),
      exit: localisedPath(lang, '/'),
    },
  };
}
