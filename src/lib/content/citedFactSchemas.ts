/**
 * A fact the site states in its own plain words, with the words it rests on: the plan's item or
 * measure, or an official page in content/sources.json. Next steps, 12345's role and what an
 * official page says of a kind of place all use it, so each is cited and shown the same way.
 * Kept apart from the schemas that use it, so that the place and next-steps schemas can both
 * import it without importing each other.
 */
import { z } from 'zod';

const text = z.string().trim().min(1, 'is empty: write the text, or remove the record');

/** A lower-case slug: `gov-en-vaccination`, `vaccination-booklet`. */
export const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/u, 'must be a lower-case slug of letters, digits and hyphens');

/**
 * Where a fact comes from: the plan itself (an item of its list by number, or a measure), or an
 * official page in content/sources.json. `words` must stand verbatim in that place.
 */
export const factCitationSchema = z.discriminatedUnion('from', [
  /** An item of the list 1–42: the words stand in its 服务对象, 服务项目 or 服务内容. */
  z.strictObject({ from: z.literal('item'), number: z.number().int().min(1).max(42), words: text }),
  /** A measure of the plan 1–32: the words stand in its text. */
  z.strictObject({ from: z.literal('measure'), number: z.number().int().min(1).max(32), words: text }),
  /** An official page: its id in content/sources.json; the words stand in one of its excerpts. */
  z.strictObject({ from: z.literal('page'), page: slug, words: text }),
]);

export const factCites = z
  .array(factCitationSchema, { error: 'name the source this fact rests on: the plan (item or measure) or a page in content/sources.json' })
  .min(1, 'name the source this fact rests on: the plan (item or measure) or a page in content/sources.json');

/** One fact, in plain words in both languages, with the words it rests on. */
export const citedFactFields = {
  /** The site's plain words for what the cited words say, adding nothing they do not. */
  zh: text,
  en: text,
  cites: factCites,
};

export const citedFactSchema = z.strictObject(citedFactFields);

export type FactCitation = z.infer<typeof factCitationSchema>;
export type CitedFact = z.infer<typeof citedFactSchema>;
