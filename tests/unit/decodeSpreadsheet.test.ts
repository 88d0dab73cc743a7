import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeSpreadsheet, SpreadsheetEncodingError } from '../../src/lib/places/decodeSpreadsheet.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (bytes: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
/** 示例路1号 as Excel saves it on Chinese Windows (GBK). */
const gbkExampleRoad = new Uint8Array([0xca, 0xbe, 0xc0, 0xfd, 0xc2, 0xb7, 0x31, 0xba, 0xc5]);

describe('decodeSpreadsheet', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeSpreadsheet(utf8('name_zh\r\n示例路1号\r\n'))).toEqual({ text: 'name_zh\r\n示例路1号\r\n', encoding: 'utf-8' });
  });

  it('reads UTF-8 with the byte-order mark Excel writes, and removes the mark', () => {
    expect(decodeSpreadsheet(withBom(utf8('id,示例')))).toEqual({ text: 'id,示例', encoding: 'utf-8' });
  });

  it("reads Excel's Chinese CSV (GBK) as GB18030", () => {
    expect(decodeSpreadsheet(gbkExampleRoad)).toEqual({ text: '示例路1号', encoding: 'gb18030' });
  });

  it('reads the GBK and the UTF-8 fixture files as the same text', () => {
    const gbk = decodeSpreadsheet(readFileSync(new URL('../fixtures/places/places-gbk.csv', import.meta.url)));
    const bom = decodeSpreadsheet(readFileSync(new URL('../fixtures/places/places-utf8-bom.csv', import.meta.url)));
    expect(gbk.encoding).toBe('gb18030');
    expect(bom.encoding).toBe('utf-8');
    expect(gbk.text).toBe(bom.text);
    expect(gbk.text).toContain('示例街道未成年人保护工作站');
  });

  it('takes plain ASCII as UTF-8', () => {
    expect(decodeSpreadsheet(utf8('id,kind\r\n')).encoding).toBe('utf-8');
  });

  it.each([
    ['UTF-16 little-endian with its mark', new Uint8Array([0xff, 0xfe, 0x69, 0x00, 0x64, 0x00]), 'UTF-16'],
    ['UTF-16 big-endian with its mark', new Uint8Array([0xfe, 0xff, 0x00, 0x69, 0x00, 0x64]), 'UTF-16'],
    ['UTF-16 without a mark', new Uint8Array([0x69, 0x00, 0x64, 0x00]), 'UTF-16'],
    ['an .xlsx workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'workbook, not CSV'],
    ['an old .xls workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]), 'workbook, not CSV'],
    ['bytes that are neither UTF-8 nor GB18030', new Uint8Array([0x41, 0x81, 0x20]), 'neither UTF-8 nor GBK/GB18030'],
  ])('refuses %s, saying how to save the file instead', (_name, bytes, reason) => {
    expect(() => decodeSpreadsheet(bytes)).toThrow(SpreadsheetEncodingError);
    expect(() => decodeSpreadsheet(bytes)).toThrow(reason);
    expect(() => decodeSpreadsheet(bytes)).toThrow('CSV UTF-8');
  });
});
