/**
 * Reads the plan's text as it was extracted from the PDF (`content/source/`), so that tests can
 * prove the content in content/ is the source's own words. Nothing here is used by the site itself:
 * the site shows content/, and this module is how that content is checked.
 */

/**
 * The "verbatim" normalisation: the PDF extraction put line breaks, page breaks and spaces inside
 * sentences (`上海市 财 政 局`, `满 6 个月`, a measure split across a page), and the official text has
 * no meaningful white space of its own, so every white-space character is dropped. Punctuation,
 * half-width or full-width, is kept exactly as it is.
 *
 * @example normaliseVerbatim('满 6 个月\n以上') // '满6个月以上'
 */
export function normaliseVerbatim(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** One row of the attachment 《上海市流动儿童享有关爱服务基础清单》, each field normalised. */
export interface SourceServiceRow {
  number: number;
  /** The category as the table names it (幼有所育 …); rows without one inherit the row above's. */
  category: string;
  target: string;
  name: string;
  content: string;
  /** Department short names as the row lists them, in order (市卫生健康委 …). */
  departments: string[];
}

/** One numbered measure of the plan's body, with the section it stands in. */
export interface SourceMeasure {
  number: number;
  /** 1–4: the section numbered 一 to 四. */
  section: number;
  /** The section's heading without its numeral (精准掌握流动儿童基本情况 …). */
  sectionTitle: string;
  /** The measure's words, without its number and without the departments in brackets at its end. */
  text: string;
  departments: string[];
}

const SECTION_NUMERALS = ['一', '二', '三', '四'];
const DEPARTMENT_LIST_AT_END = /[（(]([^（(）)]+)[）)]$/u;

function splitDepartments(list: string): string[] {
  return list.split('、').filter((name) => name.length > 0);
}

/** The table rows of the attachment, in the order they appear. */
export function parseServiceList(source: string): SourceServiceRow[] {
  const start = source.lastIndexOf('上海市流动儿童享有关爱服务基础清单');
  if (start < 0) throw new Error('The attachment 《上海市流动儿童享有关爱服务基础清单》 was not found.');
  const rows: SourceServiceRow[] = [];
  let category = '';
  for (const line of source.slice(start).split('\n')) {
    const fields = line.split('\t').map((field) => field.trim());
    const [first, numberField, target, name, content, departments] = fields;
    if (fields.length < 6 || numberField === undefined || !/^\d+$/u.test(numberField)) continue;
    if (first) category = normaliseVerbatim(first);
    rows.push({
      number: Number(numberField),
      category,
      target: normaliseVerbatim(target ?? ''),
      name: normaliseVerbatim(name ?? ''),
      content: normaliseVerbatim(content ?? ''),
      departments: splitDepartments(normaliseVerbatim(departments ?? '')),
    });
  }
  return rows;
}

/** The 32 measures of the plan's body, in order. */
export function parseMeasures(source: string): SourceMeasure[] {
  const bodyStart = source.indexOf('\n一、');
  const bodyEnd = source.indexOf('附件：');
  if (bodyStart < 0 || bodyEnd < 0) throw new Error('The plan body (一、 … 附件：) was not found.');
  const paragraphs: { number: number; section: number; sectionTitle: string; words: string }[] = [];
  let section = 0;
  let sectionTitle = '';
  for (const line of source.slice(bodyStart, bodyEnd).split('\n')) {
    const heading = /^([一二三四])、(.+)$/u.exec(line.trim());
    const measureStart = /^(\d+)\.(.*)$/u.exec(line.trim());
    if (heading) {
      section = SECTION_NUMERALS.indexOf(heading[1] ?? '') + 1;
      sectionTitle = normaliseVerbatim(heading[2] ?? '');
    } else if (measureStart) {
      paragraphs.push({ number: Number(measureStart[1]), section, sectionTitle, words: measureStart[2] ?? '' });
    } else if (paragraphs.length > 0) {
      // A continuation: the rest of a sentence after a page break, or the department list on its own line.
      paragraphs[paragraphs.length - 1]!.words += line;
    }
  }
  return paragraphs.map(({ number, section, sectionTitle, words }) => {
    const normalised = normaliseVerbatim(words);
    const departmentList = DEPARTMENT_LIST_AT_END.exec(normalised);
    if (!departmentList) throw new Error(`Measure ${number} does not end with its departments in brackets.`);
    return {
      number,
      section,
      sectionTitle,
      text: normalised.slice(0, departmentList.index),
      departments: splitDepartments(departmentList[1] ?? ''),
    };
  });
}

/** The issuing bodies, full names as the document lists them above its date, in that order. */
export function parseIssuingBodies(source: string): string[] {
  const dateLine = source.indexOf('2025年1月14日');
  const signatureStart = source.indexOf('上海市民政局\n');
  if (dateLine < 0 || signatureStart < 0) throw new Error('The list of issuing bodies was not found.');
  return source
    .slice(signatureStart, dateLine)
    .split('\n')
    .map(normaliseVerbatim)
    .filter((name) => name.length > 0);
}
