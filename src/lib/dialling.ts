/**
 * How a hotline number is dialled. Short Shanghai numbers dialled from a phone registered in
 * another province may reach that province's line, so the site offers the 021-prefixed form too.
 */
export const SHANGHAI_AREA_CODE = '021';

/** The `tel:` URL for a number as written (digits only, or with a hyphen after the area code). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/gu, '')}`;
}

/**
 * The number with Shanghai's area code, as people write it.
 * @example withShanghaiAreaCode('12355') // '021-12355'
 */
export function withShanghaiAreaCode(number: string): string {
  return `${SHANGHAI_AREA_CODE}-${number}`;
}
