/**
 * Text that arrived in a link and is shown back, or compared, must not carry characters a person
 * cannot see: zero-width characters, the soft hyphen, the byte-order mark, and the bidirectional
 * controls (U+202A–U+202E, U+2066–U+2069), of which a right-to-left override would reorder what
 * follows it on the page.
 */
const invisibleCharacters = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/gu;

/**
 * The text without its invisible and direction-changing characters.
 * @example stripInvisible('\u202eabc\u200b') // 'abc'
 */
export function stripInvisible(text: string): string {
  return text.replace(invisibleCharacters, '');
}
