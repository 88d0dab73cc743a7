/**
 * A QR code as compact SVG markup: one `<path>` of dark modules on a white square, with the quiet
 * zone of 4 modules the standard asks for, and a viewBox in modules so that CSS sets the size.
 * Used at build time for every page's own address and, loaded only when asked, on the device for
 * the questionnaire's results (whose answers exist only in the URL fragment).
 *
 * @example qrSvg('https://example.org/services/3/', { label: 'QR code of this page' })
 */
import { encode } from 'uqr';

/** Modules of white around the code: readers need it to find the code on a busy background. */
export const QUIET_ZONE = 4;

/**
 * Error correction M (about 15% of the code may be damaged): a phone camera reading another
 * phone's screen meets glare and moiré, and a printed handout on a noticeboard gets creased. L
 * would leave too little margin for that; Q and H make every code denser (more, smaller modules
 * in the same width), which hurts more on a small screen than it helps.
 */
const errorCorrection = 'M' as const;

/**
 * The largest code made: version 15 (77 modules a side). Shown 250 px wide that is about 3 px a
 * module, the least another phone reads reliably. At level M it holds 412 bytes, far more than
 * the longest results address (every answer chosen, about 250 bytes with the host).
 */
const MAX_VERSION = 15;
export const MAX_BYTES = 412;

export interface QrSvgOptions {
  /** The accessible name (`role="img"` + `aria-label`): what the code is, for screen readers. */
  label: string;
}

const escapeAttribute = (value: string) => value.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/**
 * The dark modules as one path: each horizontal run of dark modules in a row is one rectangle. Each
 * rectangle after the first starts with a relative move from the one before (after `z` the pen is
 * back at that rectangle's corner), so the numbers stay one or two digits and repeat: a page's
 * code costs about a third less, in every page of the offline copy.
 */
function darkModulesPath(modules: boolean[][]): string {
  let d = '';
  let at: [number, number] | undefined;
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      const width = x - start;
      const [left, top] = [start + QUIET_ZONE, y + QUIET_ZONE];
      d += at ? `m${left - at[0]} ${top - at[1]}` : `M${left} ${top}`;
      d += `h${width}v1h-${width}z`;
      at = [left, top];
    }
  });
  return d;
}

/** Throws a RangeError naming the limit when the text does not fit a code a phone can read. */
export function qrSvg(text: string, { label }: QrSvgOptions): string {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes === 0) throw new RangeError('A QR code needs some text to carry.');
  if (bytes > MAX_BYTES) {
    throw new RangeError(`This text is ${bytes} bytes; a QR code that a phone can read from a screen holds at most ${MAX_BYTES}.`);
  }
  // The quiet zone is drawn by the viewBox and the white square, not by uqr's border modules.
  const { data, size } = encode(text, { ecc: errorCorrection, maxVersion: MAX_VERSION, border: 0 });
  const side = size + 2 * QUIET_ZONE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" ` +
    `role="img" aria-label="${escapeAttribute(label)}">` +
    // A rect, not a CSS background: browsers leave backgrounds out when printing.
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${darkModulesPath(data)}"/></svg>`
  );
}
