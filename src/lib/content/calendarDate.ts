/**
 * A day a person did something (checked a row, read a page), written YYYY-MM-DD: the one form read
 * the same way in Chinese and English.
 */
import { z } from 'zod';

export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be a date written YYYY-MM-DD, e.g. 2026-03-01')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real date');
