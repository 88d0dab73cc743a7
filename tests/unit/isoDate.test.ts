import { describe, expect, it } from 'vitest';
import { isoDate } from '../../src/lib/outreach/isoDate.ts';

describe('isoDate', () => {
  it('writes a day as year-month-day with two-digit month and day', () => {
    expect(isoDate(new Date('2025-03-04T12:00:00Z'), 'UTC')).toBe('2025-03-04');
  });

  it('counts the day in the given time zone: late evening in London is already tomorrow in Shanghai', () => {
    expect(isoDate(new Date('2025-06-30T20:00:00Z'), 'Asia/Shanghai')).toBe('2025-07-01');
    expect(isoDate(new Date('2025-06-30T20:00:00Z'), 'Europe/London')).toBe('2025-06-30');
  });
});
