/**
 * Turns the bytes of a CSV file into text, whichever way the spreadsheet saved it: "CSV UTF-8"
 * (with a byte-order mark, as Excel writes it, or without, as WPS, LibreOffice and Numbers may), or
 * plain "CSV" from Excel on Chinese Windows, which is GBK, read here as GB18030 (its superset).
 */

/** Thrown for a file that is not CSV text in an encoding the import reads. */
export class SpreadsheetEncodingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SpreadsheetEncodingError';
  }
}

const saveAsCsvUtf8 = 'in Excel or WPS choose File → Save As → "CSV UTF-8 (Comma delimited) (*.csv)"';

/** What a file that is not CSV text at all most likely is, from its first bytes. */
function notTextProblem(bytes: Uint8Array): string | undefined {
  const startsWith = (...signature: number[]) => signature.every((byte, i) => bytes[i] === byte);
  if (startsWith(0xff, 0xfe) || startsWith(0xfe, 0xff)) {
    return `the file is UTF-16 ("Unicode text"), which the import does not read: ${saveAsCsvUtf8}`;
  }
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0xd0, 0xcf, 0x11, 0xe0)) {
    return `the file is an Excel or WPS workbook, not CSV: ${saveAsCsvUtf8}`;
  }
  // UTF-16 without a byte-order mark still has a zero byte beside every Latin letter, and no CSV
  // text has any: without this check it would pass as UTF-8 full of invisible characters.
  if (bytes.includes(0)) {
    return `the file has zero bytes, so it is UTF-16 ("Unicode text") or not text at all: ${saveAsCsvUtf8}`;
  }
  return undefined;
}

/**
 * The text of a CSV file and the encoding it was read as. A byte-order mark is removed.
 *
 * UTF-8 is tried first, strictly, and GB18030 only when that fails. The order is what makes the
 * guess safe. GB18030 gives some reading of almost any bytes, so trying it first would turn UTF-8
 * Chinese into other Chinese characters without a word of warning. UTF-8 is strict: a byte from
 * 0x80 to 0xBF may only follow a first byte from 0xC2 to 0xF4. GBK-encoded Chinese breaks that
 * almost at once, since a character's first byte is 0xB0–0xF7 and its second 0xA1–0xFE: a third of
 * first bytes are such "follow-on" bytes, and a second byte above 0xBF ends the sequence. A whole
 * file of names and addresses that still passes as UTF-8 by chance is vanishingly unlikely, so a
 * file that decodes as UTF-8 is UTF-8 (pure ASCII reads the same either way).
 * @throws SpreadsheetEncodingError for UTF-16, a workbook, or bytes that are neither encoding.
 * @example decodeSpreadsheet(new Uint8Array([0xef, 0xbb, 0xbf, 0x69, 0x64])) // { text: 'id', encoding: 'utf-8' }
 */
export function decodeSpreadsheet(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const problem = notTextProblem(bytes);
  if (problem) throw new SpreadsheetEncodingError(problem);
  try {
    // The decoder removes a leading byte-order mark itself (ignoreBOM is false by default).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: read it as Excel's Chinese CSV.
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    throw new SpreadsheetEncodingError(`the file is neither UTF-8 nor GBK/GB18030 text: ${saveAsCsvUtf8}`);
  }
}
