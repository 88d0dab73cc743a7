/**
 * The ready-to-paste text a service page offers for WeChat or a text message: the service's code
 * and name, one plain line about it, and its short link, in the page's language.
 */
import { fillText } from '../strings/translate.ts';

/**
 * The first sentence of a plain summary: up to the first Chinese full stop (or ！？), or, in
 * English, the first `.`, `!` or `?` followed by a space or the end. The whole text if it has none.
 * @example firstSentence('可以打疫苗。免费。') // '可以打疫苗。'
 * @example firstSentence('Vaccines for free. Ask the clinic.') // 'Vaccines for free.'
 */
export function firstSentence(text: string): string {
  const match = /^[\s\S]*?(?:[。！？]|[.!?](?=\s|$))/u.exec(text.trim());
  return (match ? match[0] : text).trim();
}

export interface ShareMessageParts {
  /** The locale's template, with `{{code}}`, `{{name}}`, `{{summary}}` and `{{link}}`. */
  template: string;
  /** The service code as staff read it out: `服务编号 34`. */
  code: string;
  name: string;
  /** The service's whole plain summary; only its first sentence is used. */
  summary: string;
  /** The short link on the site's public address: `https://example.org/s/34/`. */
  link: string;
}

/**
 * @example shareMessage({ template: '【{{code}}】{{name}}\n{{summary}}\n{{link}}', code: '服务编号 3', name: '免疫接种',
 *   summary: '适龄的孩子可以打疫苗。不收费。', link: 'https://example.org/s/3/' })
 * // '【服务编号 3】免疫接种\n适龄的孩子可以打疫苗。\nhttps://example.org/s/3/'
 */
export function shareMessage({ template, code, name, summary, link }: ShareMessageParts): string {
  return fillText(template, { code, name, summary: firstSentence(summary), link });
}
