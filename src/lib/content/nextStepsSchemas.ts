/**
 * "How to get it": where a family goes for a service, what it brings, when, and whom it calls
 * (content/next-steps/N.json), and the official pages beyond the plan those facts rest on
 * (content/sources.json). Every fact cites the words it rests on; a fact without a source of an
 * allowed kind is refused when content is loaded. Types come from here.
 */
import { z } from 'zod';
import { calendarDate } from './calendarDate.ts';
import { citedFactFields, citedFactSchema, factCites, slug } from './citedFactSchemas.ts';
import { officeKindIds } from './placeSchemas.ts';

const text = z.string().trim().min(1, 'is empty: write the text, or remove the record');

/**
 * The hosts each kind of source may live on. `government`: a government or department site
 * (`*.gov.cn`), or the site of a body the plan itself lists among its 24 issuers. `state-media`:
 * state media, cited only where they report an official figure or rule. Anything else (a blog, a
 * Q&A site, a company's guide) is at most a lead to an official page, and never a source here.
 */
export const sourceHosts = {
  government: {
    suffixes: ['.gov.cn'],
    // The Shanghai Red Cross (上海市红十字会) is one of the plan's 24 issuers and the department it
    // makes responsible for service 20; its Songjiang district branch publishes the fund's rules.
    hosts: ['redcross-sj.org.cn'],
  },
  'state-media': {
    suffixes: ['.people.com.cn', '.people.cn', '.xinhuanet.com', '.news.cn', '.cctv.com', '.chinadaily.com.cn', '.shine.cn', '.jfdaily.com', '.jfdaily.com.cn', '.whb.cn', '.eastday.com', '.cnr.cn'],
    hosts: [] as string[],
  },
} as const;

export type SourceKind = keyof typeof sourceHosts;

/** Whether a page's host belongs to its kind of source (`english.shanghai.gov.cn` is government). */
export function hostFitsKind(host: string, kind: SourceKind): boolean {
  const { suffixes, hosts } = sourceHosts[kind];
  const bare = host.toLowerCase().replace(/^www\./u, '');
  return (hosts as readonly string[]).includes(bare) || suffixes.some((suffix) => `.${bare}`.endsWith(suffix));
}

/** An official page beyond the plan, as a person read it. One record a page (content/sources.json). */
export const sourceSchema = z
  .strictObject({
    /** How facts cite it: a short lower-case slug, stable once published. */
    id: slug,
    /** `government` or `state-media` (see sourceHosts). A third-party page is never a source. */
    kind: z.enum(['government', 'state-media']),
    /** The page's address, as read. */
    url: z.url({ protocol: /^https?$/u, error: 'must be the http(s) address of the page that was read' }),
    /** Who issued the page, as it says (上海市民政局), in both languages. */
    issuer: z.strictObject({ zh: text, en: text }),
    /** The page's own title, in the page's language. */
    title: text,
    /** The language the page is written in. A fact resting on an English page says, in Chinese, that it is translated. */
    language: z.enum(['zh', 'en']),
    /** The page's date: as it shows it, or as its address holds it (see `dateFrom`); `null` where neither does. */
    published: calendarDate.nullable(),
    /** Where `published` was read: on the page itself, or in its address (`…/20240412/…`) when the page shows none. Default `page`. */
    dateFrom: z.enum(['page', 'address']).default('page'),
    /**
     * Whom the page is written for, when that is not families like the site's readers (families
     * from abroad): shown with every fact that rests on it, so a family can weigh it. Default none.
     */
    audience: z.strictObject({ zh: text, en: text }).optional(),
    /** The day a person last read the page. The coverage script lists pages read more than 12 months ago. */
    read: calendarDate,
    /**
     * The passages read on the page, copied exactly as the page gives them (its own language and
     * punctuation). Every fact citing the page quotes words that stand in one of these.
     */
    excerpts: z.array(text).min(1, 'copy the passages you read on the page, exactly as it gives them'),
  })
  .superRefine((source, context) => {
    let host: string;
    try {
      host = new URL(source.url).hostname;
    } catch {
      return; // the url field reports it
    }
    if (!hostFitsKind(host, source.kind)) {
      context.addIssue({
        code: 'custom',
        path: ['url'],
        message: `${host} is not a ${source.kind === 'government' ? 'government or department site (*.gov.cn, or a body the plan lists)' : 'state media site the site accepts'}: a third-party page is a lead to an official page, never a source`,
      });
    }
  });

export const nextStepFactSchema = citedFactSchema;

/** What an official page beyond the plan says a hotline does (12345's minor-protection role). */
export const hotlineRoleSchema = nextStepFactSchema;

/** A place to go. `office` links it to the map searches on the street and town pages. */
export const whereFactSchema = z.strictObject({
  ...citedFactFields,
  /**
   * How the family reaches it: `visit`, a place it goes to (listed on the family's checklist, and
   * where it asks what to bring); `online`, a website or app; `other`, where the service reaches the
   * child without a visit to apply (at the child's school, through the hukou place, on television).
   */
  channel: z.enum(['visit', 'online', 'other']),
  /**
   * The place in a few words, for the one line a questionnaire result gives it and the family's
   * checklist; it adds nothing to the text. Default: the office's name (`office`), else the text.
   */
  short: z.strictObject({ zh: text, en: text }).optional(),
  /**
   * The kind of office in content/office-kinds.json the words name (`community-health-centre`),
   * when a family can look for it in its own street or town. Default none.
   */
  office: z.enum(officeKindIds).optional(),
});

/** A document to bring. The same `document` on several services is listed once on the family's checklist. */
export const bringFactSchema = z.strictObject({
  ...citedFactFields,
  /** What the document is, as a slug shared across services (`vaccination-booklet`). */
  document: slug,
});

/** How to get one service of the list (content/next-steps/N.json). */
export const nextStepsSchema = z.strictObject({
  /** The service's number in the list, 1–42; the file is named by it. */
  service: z.number().int().min(1).max(42),
  /** The day a person last checked these next steps against their sources; shown on the service page. */
  checked: calendarDate,
  /** Where to go. Empty: no source says, and the page says so and points to the department and 12345. Default none. */
  where: z.array(whereFactSchema).default([]),
  /** What to bring. Empty: no source names documents, and the page says to ask where the family goes. Default none. */
  bring: z.array(bringFactSchema).default([]),
  /** When: dates, periods, how long. Empty: no source gives timing. Default none. */
  when: z.array(nextStepFactSchema).default([]),
  /**
   * The conditions or dates of this service are set by a notice of the department the plan makes
   * responsible, which the site could not read (school and kindergarten enrolment): the page says
   * so, names the department and offers 12345. Each must cite the plan's words that make the
   * service conditional. Default none.
   */
  setByNotice: z
    .strictObject({
      /** The department (content/departments.json) whose notice sets them: one the plan makes responsible. */
      department: slug,
      cites: factCites,
    })
    .optional(),
});

export type Source = z.infer<typeof sourceSchema>;
export type { FactCitation } from './citedFactSchemas.ts';
export type NextStepFact = z.infer<typeof nextStepFactSchema>;
export type WhereFact = z.infer<typeof whereFactSchema>;
export type BringFact = z.infer<typeof bringFactSchema>;
export type NextSteps = z.infer<typeof nextStepsSchema>;
