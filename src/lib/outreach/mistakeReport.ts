/**
 * "Report a mistake": the message a person copies, or sends from their own mail app, about a
 * mistake they saw on a service page or in the questionnaire's results. It names the page, its
 * address and, on a service page, the service number, then what they wrote; on the results their
 * answers go in only when they ticked "include my answers". The site sends nothing: this is text
 * for the person to send, or not.
 */
import { fillText } from '../strings/translate.ts';

/** What the page knows about itself, for the message. */
export interface ReportedPage {
  /** What the page is: `第34项 心理健康服务`. Its line is also the e-mail's subject. */
  page: string;
  /** The page's address on the site's public address, without answers. */
  address: string;
  /** The service number, on a service page. Default none. */
  service?: number;
}

/** On the results: the link that opens them with the answers, and whether the person ticked to include it. */
export interface ReportedAnswers {
  /** The answers' line: the locale's `report.results.answersLine`, with `{{link}}`. */
  template: string;
  link: string;
  include: boolean;
}

export interface MistakeMessage {
  subject: string;
  body: string;
}

/**
 * The message with what the page knows filled in, `{{seen}}` left for what the person writes: made
 * at build time for a service page, so its script has one string to fill.
 * `template` is the locale's `report.service.message` (`{{page}}`, `{{address}}`, `{{service}}`,
 * `{{seen}}`) or `report.results.message` (the same without the service), one fact a line.
 * @example pageReportTemplate('{{page}}\n{{address}}\n{{seen}}', { page: '第34项', address: 'https://example.org/services/34/' })
 * // '第34项\nhttps://example.org/services/34/\n{{seen}}'
 */
export function pageReportTemplate(template: string, { page, address, service }: ReportedPage): string {
  return fillText(template, { page, address, ...(service === undefined ? {} : { service }) });
}

/**
 * The message: the page's template with what the person wrote (trimmed; nothing written leaves the
 * last line's label for them to carry on after), then the answers' line, only when ticked. The
 * first line is the subject.
 * @example mistakeReport('报告错误：第34项\n您看到了什么错：{{seen}}', ' 电话打不通 ')
 * // { subject: '报告错误：第34项', body: '报告错误：第34项\n您看到了什么错：电话打不通' }
 */
export function mistakeReport(pageTemplate: string, seen: string, answers?: ReportedAnswers): MistakeMessage {
  const lines = [fillText(pageTemplate, { seen: seen.trim() })];
  if (answers?.include) lines.push(fillText(answers.template, { link: answers.link }));
  const body = lines.join('\n');
  return { subject: body.split('\n', 1)[0]!, body };
}

/**
 * A mailto: link that opens the person's own mail app with the message written, for them to send.
 * Line breaks as CRLF, as RFC 6068 asks of a body.
 * @example mailtoHref('mistakes@example.org', { subject: 'A', body: 'B\nC' }) // 'mailto:mistakes@example.org?subject=A&body=B%0D%0AC'
 */
export function mailtoHref(email: string, { subject, body }: MistakeMessage): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/gu, '\r\n'));
  return `mailto:${email}?subject=${encode(subject)}&body=${encode(body)}`;
}
