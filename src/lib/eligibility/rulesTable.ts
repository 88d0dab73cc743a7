/**
 * The eligibility rules of every service as a Markdown table, for review by people who read the
 * source, not the code. content/README.md holds it; `npm run content:table` rewrites it, and a unit
 * test fails when the README and content/ disagree.
 */
import type { Citation, Condition, Service } from '../content/schemas.ts';

const SOURCE_NAMES: Record<Citation['source'], string> = {
  target: '服务对象',
  name: '服务项目',
  content: '服务内容',
  measure: '措施',
};

function citation(cite: Citation): string {
  const where = cite.source === 'measure' ? `措施${cite.measure}` : SOURCE_NAMES[cite.source];
  return `${where}“${cite.words}”`;
}

function describeCondition(condition: Condition): string {
  const cites = condition.cites.map(citation).join('；');
  switch (condition.kind) {
    case 'age':
      return `age ${condition.min}–${condition.max}${condition.min > 0 ? ` (younger: coming up)` : ''} ← ${cites}`;
    case 'stage':
      return `stage ${condition.stages.join('/')}${condition.checkFor.length > 0 ? ` (check for ${condition.checkFor.join('/')})` : ''}; earlier stages by the stage rules ← ${cites}`;
    case 'needs':
      return `situation ${condition.anyOf.join(' or ')} ← ${cites}`;
    case 'qualifier':
      return `check${condition.satisfiedBy.length > 0 ? ` (met by ${condition.satisfiedBy.join(', ')})` : ''}${condition.mentions.length > 0 ? ` (reason names ${condition.mentions.join(', ')})` : ''} ← ${cites}`;
    case 'insurance':
      return `insurance answer explained; "not sure" → check ← ${cites}`;
  }
}

export const TABLE_START = '<!-- eligibility-table:start (npm run content:table) -->';
export const TABLE_END = '<!-- eligibility-table:end -->';

export function eligibilityTable(services: readonly Service[]): string {
  const rows = services.map((service) => {
    const conditions = service.eligibility.conditions.map(describeCondition);
    const cell = conditions.length > 0 ? conditions.join('<br>') : 'open to all migrant children';
    return `| ${service.number} | ${service.zh.name} | ${service.zh.target} | ${cell} |`;
  });
  return [TABLE_START, '| # | 服务项目 | 服务对象 | conditions ← the words they come from |', '| --- | --- | --- | --- |', ...rows, TABLE_END].join('\n');
}

/** The README with its table replaced by `table`; the README unchanged if it has no markers. */
export function withTable(readme: string, table: string): string {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) return readme;
  return readme.slice(0, start) + table + readme.slice(end + TABLE_END.length);
}
