/**
 * The checks on "how to get it" that a schema cannot make alone: every cited word stands where its
 * citation says (the plan's item or measure, or the excerpt read on an official page), every page
 * cited exists, a notice's department is one the plan makes responsible, a document is worded one
 * way everywhere, and each service has one record. Messages name the file, the record and the field, as a content editor
 * needs them.
 */
import type { SiteContent } from '../content/collections.ts';
import type { FactCitation } from '../content/nextStepsSchemas.ts';
import { normaliseVerbatim } from '../sourceText.ts';

/** White space folded, so that a passage copied across a line break still matches. */
const foldSpace = (text: string) => text.replace(/\s+/gu, ' ').trim();

type Checked = Pick<SiteContent, 'services' | 'measures' | 'sources' | 'nextSteps' | 'hotlines' | 'placeKinds' | 'notInPlan'>;

/** Why a citation's words do not stand where it says, or undefined when they do. */
export function citationProblem(content: Pick<Checked, 'services' | 'measures' | 'sources'>, cite: FactCitation): string | undefined {
  if (cite.from === 'item') {
    const service = content.services.find((s) => s.number === cite.number);
    if (!service) return `item ${cite.number} is not in content/services/`;
    const fields = [service.zh.target, service.zh.name, service.zh.content];
    return fields.some((field) => field.includes(normaliseVerbatim(cite.words)))
      ? undefined
      : `"${cite.words}" does not stand in item ${cite.number}'s 服务对象, 服务项目 or 服务内容: copy the words exactly`;
  }
  if (cite.from === 'measure') {
    const measure = content.measures.find((m) => m.number === cite.number);
    if (!measure) return `measure ${cite.number} is not in content/measures.json`;
    return measure.zh.text.includes(normaliseVerbatim(cite.words))
      ? undefined
      : `"${cite.words}" does not stand in measure ${cite.number}: copy the words exactly`;
  }
  const source = content.sources.find((s) => s.id === cite.page);
  if (!source) return `page "${cite.page}" is not in content/sources.json: add the page you read, with its excerpts`;
  return source.excerpts.some((excerpt) => foldSpace(excerpt).includes(foldSpace(cite.words)))
    ? undefined
    : `"${cite.words}" does not stand in the excerpts of page "${cite.page}" (content/sources.json): quote only words you read there, exactly`;
}

export function findNextStepProblems(content: Checked): string[] {
  const problems: string[] = [];
  for (const record of content.nextSteps) {
    const where = `content/next-steps/${record.service}.json, next steps of service ${record.service}`;
    const service = content.services.find((s) => s.number === record.service);
    if (!service) problems.push(`${where}, field "service": there is no service ${record.service} in content/services/`);
    const check = (field: string, cites: readonly FactCitation[]) =>
      cites.forEach((cite, i) => {
        const problem = citationProblem(content, cite);
        if (problem) problems.push(`${where}, field "${field}.cites[${i}]": ${problem}`);
      });
    (['where', 'bring', 'when'] as const).forEach((field) => record[field].forEach((fact, i) => check(`${field}[${i}]`, fact.cites)));
    if (record.setByNotice) {
      check('setByNotice', record.setByNotice.cites);
      if (service && !service.departments.includes(record.setByNotice.department)) {
        problems.push(
          `${where}, field "setByNotice.department": "${record.setByNotice.department}" is not a department the plan makes responsible for service ${record.service} (${service.departments.join(', ')})`,
        );
      }
    }
  }
  for (const hotline of content.hotlines) {
    hotline.officialRole?.cites.forEach((cite, i) => {
      const problem = citationProblem(content, cite);
      if (problem) problems.push(`content/hotlines.json, hotline "${hotline.id}", field "officialRole.cites[${i}]": ${problem}`);
    });
  }
  for (const need of content.notInPlan) {
    need.where.cites.forEach((cite, i) => {
      const problem = citationProblem(content, cite);
      if (problem) problems.push(`content/not-in-plan.json, need "${need.id}", field "where.cites[${i}]": ${problem}`);
    });
  }
  for (const kind of content.placeKinds) {
    kind.facts.forEach((fact, i) =>
      fact.cites.forEach((cite, j) => {
        const problem = citationProblem(content, cite);
        if (problem) problems.push(`content/place-kinds.json, place kind "${kind.id}", field "facts[${i}].cites[${j}]": ${problem}`);
      }),
    );
  }
  // The family's checklist lists a document once for all its services, in one wording.
  const firstWording = new Map<string, { service: number; zh: string; en: string }>();
  for (const record of content.nextSteps) {
    record.bring.forEach((fact, i) => {
      const first = firstWording.get(fact.document);
      if (!first) firstWording.set(fact.document, { service: record.service, zh: fact.zh, en: fact.en });
      else if (first.zh !== fact.zh || first.en !== fact.en) {
        problems.push(
          `content/next-steps/${record.service}.json, next steps of service ${record.service}, field "bring[${i}]": document "${fact.document}" is worded differently in service ${first.service}: word it the same way in both, or give it another document id`,
        );
      }
    });
  }
  for (const service of content.services) {
    const records = content.nextSteps.filter((record) => record.service === service.number);
    if (records.length === 0)
      problems.push(`content/next-steps/: service ${service.number} has no next steps; add ${service.number}.json (empty lists say that no source says)`);
  }
  return problems;
}
