/**
 * A day as YYYY-MM-DD, the one date form read the same way in Chinese and English (2025年… and
 * "5/6" would each confuse half the readers of a bilingual handout).
 * @example isoDate(new Date('2025-06-30T20:00:00Z'), 'Asia/Shanghai') // '2025-07-01'
 */
export function isoDate(date: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
