/**
 * The family's checklist as plain text to paste into WeChat or a message: the places (and, at each,
 * which services to ask about what to bring), the documents, the services with no place named, and
 * the questionnaire's address without answers. It carries none of the family's answers.
 */
import type { ChecklistEntry, FamilyChecklist } from './familyChecklist.ts';

export interface ChecklistTextParts {
  /** The first line: what this is and which site made it. */
  title: string;
  places: string;
  documents: string;
  /** The heading of the services no source names a place for (ask the department or 12345). */
  noPlace: string;
  /** The line under a place naming the services to ask about there: `要带什么先问清楚：{{services}}`. */
  askHere: (services: string) => string;
  /** A service as the text names it: `免疫接种（第3项）`. */
  service: (number: number) => string;
  /** Between two services in one line: `、` or `, `. */
  listJoin: string;
  /** Between an entry and its services: `：` or `: `. */
  forJoin: string;
  /** The questionnaire's address, with no answers in it. */
  link: string;
}

/**
 * @example checklistText({ places: [{ text: '社区卫生服务中心', services: [3], askWhatToBring: [] }], documents: [], noPlace: [] },
 *   { title: '办事清单', places: '要去的地方', documents: '要带的材料', noPlace: '问负责部门', askHere: (s) => `先问：${s}`,
 *     service: (n) => `第${n}项`, listJoin: '、', forJoin: '：', link: 'https://example.org/check/' })
 * // '办事清单\n\n要去的地方\n- 社区卫生服务中心：第3项\n\nhttps://example.org/check/'
 */
export function checklistText(checklist: FamilyChecklist, parts: ChecklistTextParts): string {
  const services = (numbers: readonly number[]) => numbers.map(parts.service).join(parts.listJoin);
  const line = (entry: ChecklistEntry) => `- ${entry.text}${parts.forJoin}${services(entry.services)}`;
  const section = (heading: string, lines: string[]) => (lines.length === 0 ? [] : [[heading, ...lines].join('\n')]);
  return [
    parts.title,
    ...section(
      parts.places,
      checklist.places.map((place) => line(place) + (place.askWhatToBring.length > 0 ? `\n  ${parts.askHere(services(place.askWhatToBring))}` : '')),
    ),
    ...section(parts.documents, checklist.documents.map(line)),
    ...section(parts.noPlace, checklist.noPlace.length > 0 ? [`- ${services(checklist.noPlace)}`] : []),
    parts.link,
  ].join('\n\n');
}
