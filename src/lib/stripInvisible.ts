/**
 * Text that arrived in a link and is shown back, or compared, must not carry characters a person
 * cannot see: zero-width spaces, the soft hyphen, word joiners, the byte-order mark, and the
 * bidirectional marks and controls (U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), of which a
 * right-to-left override would reorder what follows it on the page. The zero-width joiner and
 * non-joiner stay: emoji such as 👨‍👩‍👧 and some scripts are written with them, and they move nothing.
 */
const invisibleCharacters = /[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/**
 * The text without its invisible and direction-changing characters.
 * @example stripInvisible('\u202eabc\u200b') // 'abc'
 */
export function stripInvisible(text: string): string {
  return text.replace(invisibleCharacters, '');
}
