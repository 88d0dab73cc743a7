/**
 * What the questionnaire and the service lists quote from a service must stand in its own words:
 * each citation's English in the English of the place it cites, and each tell-apart line in the
 * service's own content, in both languages. Services that share a name must each have a tell-apart
 * line, and no two the same, or a family cannot tell them apart in a list.
 */
import type { SiteContent } from './loadContent.ts';

export function findServiceWordingProblems({ services, measures }: Pick<SiteContent, 'services' | 'measures'>): string[] {
  const problems: string[] = [];
  for (const service of services) {
    const where = `content/services/${service.number}.json, service ${service.number}`;
    service.eligibility.conditions.forEach((condition, c) =>
      condition.cites.forEach((cite, i) => {
        const place = cite.source === 'measure' ? measures.find((m) => m.number === cite.measure)?.en.text : service.en[cite.source];
        if (place !== undefined && !place.includes(cite.en)) {
          const named = cite.source === 'measure' ? `measure ${cite.measure}'s English` : `"en.${cite.source}"`;
          problems.push(`${where}, field "eligibility.conditions[${c}].cites[${i}].en": "${cite.en}" does not stand in ${named}; quote its words exactly`);
        }
      }),
    );
    if (service.tellApart) {
      for (const lang of ['zh', 'en'] as const) {
        if (!service[lang].content.includes(service.tellApart[lang])) {
          problems.push(`${where}, field "tellApart.${lang}": "${service.tellApart[lang]}" does not stand in "${lang}.content"; quote its words exactly`);
        }
      }
    }
  }
  const byName = new Map<string, typeof services>();
  for (const service of services) byName.set(service.zh.name, [...(byName.get(service.zh.name) ?? []), service]);
  for (const [name, sharing] of byName) {
    if (sharing.length < 2) continue;
    for (const service of sharing.filter((s) => !s.tellApart)) {
      problems.push(`content/services/${service.number}.json, service ${service.number}, field "tellApart": services ${sharing.map((s) => s.number).join(', ')} share the name ${name}; give each a few words of its own content`);
    }
    const lines = sharing.flatMap((s) => (s.tellApart ? [s.tellApart.zh] : []));
    if (new Set(lines).size < lines.length) problems.push(`content/services/: services ${sharing.map((s) => s.number).join(', ')} share the name ${name} and a tell-apart line; make each its own`);
  }
  return problems;
}
