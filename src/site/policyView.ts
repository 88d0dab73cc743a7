/** What the plan's page (/policy/) shows: each section with its measures, each measure with the services linked to it and the hotlines it names. */
import { byLanguage } from '../lib/byLanguage.ts';
import { hotlinesOfMeasure, servicesOfMeasure } from '../lib/content/relations.ts';
import type { Language } from '../lib/paths.ts';
import { getSiteContent } from './siteContent.ts';

const sectionNumerals = ['一', '二', '三', '四'];

/** How a section's number stands before its title: `一、` as the plan writes it, `1. ` in English. */
export function sectionNumber(lang: Language, number: number): string {
  return byLanguage(lang, { zh: `${sectionNumerals[number - 1]}、`, en: `${number}. ` });
}

export async function policyView() {
  const content = await getSiteContent();
  const { measureSections, measures, departments } = content;
  return {
    departments,
    sections: measureSections.map((section) => ({
      section,
      measures: measures
        .filter((measure) => measure.section === section.number)
        .map((measure) => ({ measure, services: servicesOfMeasure(content, measure), hotlines: hotlinesOfMeasure(content, measure) })),
    })),
  };
}
