/**
 * A spreadsheet export as rows of fields (RFC 4180): commas between fields, double quotes around a
 * field that holds a comma, quote or line break, a doubled quote for a quote inside one, and CRLF or
 * LF between rows. Excel writes exactly this; nothing is trimmed, so a caller sees what was typed.
 */

/** A field's text and where it stands, so a problem can be reported by row. */
export interface CsvRow {
  /** The row's line number in the file, counting the header as 1, as a spreadsheet shows it. */
  line: number;
  fields: string[];
}

/** Thrown for text that is not CSV at all (a quote left open, text after a closing quote). */
export class CsvSyntaxError extends Error {
  readonly line: number;

  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.line = line;
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Splits CSV text into rows. Blank lines (an empty last line, or rows a spreadsheet left empty) are
 * dropped; a row of only commas is kept, since it is a row someone may have meant to fill in.
 * @example parseCsv('a,b\r\n"x, y",2\r\n') // [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x, y', '2'] }]
 */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let rowHasText = false;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (rowHasText || fields.length > 1) rows.push({ line: rowLine, fields });
    fields = [];
    rowHasText = false;
  };

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') {
        quoted = false;
        // Text after the closing quote (`"Example" Home`) would be glued on with the quotes lost.
        const next = text[i + 1];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          const cell = Array.from(field).slice(0, 20).join('');
          throw new CsvSyntaxError(line, `text follows the closing quote of "${cell}": put the whole cell in quotes and write each " inside it twice ("")`);
        }
      } else {
        if (char === '\n') line += 1;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      rowHasText = true;
    } else if (char === ',') {
      endField();
    } else if (char === '\r' && text[i + 1] === '\n') {
      // The \n that follows ends the row.
    } else if (char === '\n' || char === '\r') {
      endRow();
      line += 1;
      rowLine = line;
    } else {
      field += char;
      rowHasText = true;
    }
  }
  if (quoted) throw new CsvSyntaxError(rowLine, 'a quoted field is never closed: check for a stray " in this row');
  if (field !== '' || fields.length > 0 || rowHasText) endRow();
  return rows;
}
