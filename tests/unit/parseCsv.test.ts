import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '../../src/lib/places/parseCsv.ts';

describe('parseCsv', () => {
  it('splits rows and fields as Excel writes them, numbering rows by line', () => {
    expect(parseCsv('code,name\r\n310101,黄浦区\r\n')).toEqual([
      { line: 1, fields: ['code', 'name'] },
      { line: 2, fields: ['310101', '黄浦区'] },
    ]);
  });

  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(parseCsv('a,"1, Example Road","say ""hi""","two\nlines"\nnext,row')).toEqual([
      { line: 1, fields: ['a', '1, Example Road', 'say "hi"', 'two\nlines'] },
      { line: 3, fields: ['next', 'row'] },
    ]);
  });

  it('drops blank lines but keeps a row of empty cells, and keeps spaces as typed', () => {
    expect(parseCsv('a,b\n\n,\n x ,y\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['', ''] },
      { line: 4, fields: [' x ', 'y'] },
    ]);
  });

  it('reads a last row without a line break, and LF or CR endings alike', () => {
    expect(parseCsv('a\rb\nc')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: ['b'] },
      { line: 3, fields: ['c'] },
    ]);
  });

  it('refuses text after a closing quote, which would lose the quotes', () => {
    expect(() => parseCsv('id,name\nx,"Example" Home\n')).toThrow('line 2: text follows the closing quote of "Example": put the whole cell in quotes');
    expect(() => parseCsv('a\n"two\nlines"x')).toThrow('line 3: text follows the closing quote of "two\nlines"');
  });

  it('keeps a quote inside an unquoted cell as text', () => {
    expect(parseCsv('a,b\n示例"工作站",2')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['示例"工作站"', '2'] },
    ]);
  });

  it('refuses a quote left open, naming the row it opened in', () => {
    expect(() => parseCsv('a,b\n"never closed,c\nd')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a,b\n"never closed,c\nd')).toThrow('line 2: a quoted field is never closed');
  });
});
