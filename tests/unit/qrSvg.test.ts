import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_BYTES, QUIET_ZONE, qrSvg } from '../../src/lib/outreach/qrSvg.ts';

/** Draws the SVG as a camera would see it (8 px a module) and reads it back with jsQR. */
async function decode(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg), { density: 72 * 8 })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}

const label = 'QR code';

describe('qrSvg', () => {
  it('makes a code that reads back as a short page address', async () => {
    const url = 'https://example.org/services/3/';
    expect(await decode(qrSvg(url, { label }))).toBe(url);
  });

  it('makes a code that reads back as an English page address', async () => {
    const url = 'https://example.org/en/departments/womens-federation/';
    expect(await decode(qrSvg(url, { label }))).toBe(url);
  });

  it('makes a code that reads back as a long results address, fragment and all', async () => {
    const url =
      'https://migrant-children.example.org/en/check/#age=17&hukou=other&months=215&stage=vocational&insurance=unknown' +
      '&needs=disability,orphan,hiv,unattended,dibao,tekun,emergency,stranded,case,mental,psych,housing,job,training';
    expect(await decode(qrSvg(url, { label }))).toBe(url);
  });

  it('draws the dark modules as one path on white, with a quiet zone of 4 modules', () => {
    const svg = qrSvg('https://example.org/', { label });
    expect(svg.match(/<path /gu)).toHaveLength(1);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain('fill="#fff"');
    // Version 2 is 25 modules a side; the viewBox adds the quiet zone on each side.
    const side = Number(/viewBox="0 0 (\d+) \1"/u.exec(svg)?.[1]);
    // Each run starts with a move: the first absolute (M), the rest relative to the run before (m).
    let corner = [0, 0];
    const corners = [...svg.matchAll(/([Mm])(-?\d+) (-?\d+)/gu)].map(([, command, x, y]) => {
      corner = command === 'M' ? [Number(x), Number(y)] : [corner[0]! + Number(x), corner[1]! + Number(y)];
      return corner;
    });
    const xs = corners.flat();
    expect(Math.min(...xs)).toBe(QUIET_ZONE);
    expect(Math.max(...xs)).toBe(side - QUIET_ZONE - 1);
  });

  it('gives the code an accessible name, escaped', () => {
    const svg = qrSvg('https://example.org/', { label: 'QR code of "Services" & more' });
    expect(svg).toContain('role="img" aria-label="QR code of &quot;Services&quot; &amp; more"');
  });

  it('refuses text too long for a code a phone can read, saying the limit', () => {
    const tooLong = `https://example.org/#${'a'.repeat(MAX_BYTES)}`;
    expect(() => qrSvg(tooLong, { label })).toThrow(RangeError);
    expect(() => qrSvg(tooLong, { label })).toThrow(`at most ${MAX_BYTES}`);
  });

  it('accepts text exactly at the limit', async () => {
    const atLimit = `https://example.org/#${'a'.repeat(MAX_BYTES - 21)}`;
    expect(await decode(qrSvg(atLimit, { label }))).toBe(atLimit);
  });

  it('refuses empty text', () => {
    expect(() => qrSvg('', { label })).toThrow(RangeError);
  });
});
