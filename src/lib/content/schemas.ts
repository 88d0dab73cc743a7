/**
 * The shape of every record in content/. Each field says what it means; types for the rest of the
 * site come from these schemas (`z.infer`), never written twice.
 */
import { z } from 'zod';
import { needValues, stageValues } from '../eligibility/answers.ts';
import { citedFactSchema } from './citedFactSchemas.ts';
import { hotlineRoleSchema } from './nextStepsSchemas.ts';

/** Text that must be there: an empty string is as bad as a missing one. */
const text = z.string().trim().min(1, 'is empty: write the text, or remove the record');

/** A department's id: its slug in content/departments.json (`civil-affairs`). */
export const departmentId = z.string().regex(/^[a-z]+(-[a-z]+)*$/u, 'must be a lower-case slug such as "civil-affairs"');

/** One of the six categories of the list, by slug. */
export const categoryId = z.enum(['early-years', 'schooling', 'health-care', 'housing', 'assistance', 'development']);

/** A note the site adds to official text, in both languages: where the source contradicts itself, say. */
export const editorialNoteSchema = z.strictObject({ zh: text, en: text });

export const categorySchema = z.strictObject({
  id: categoryId,
  /** 1–6: the order of the attachment's table. */
  order: z.number().int().min(1).max(6),
  /** The category as the attachment names it (幼有所育 …), verbatim, and its English rendering. */
  zh: z.strictObject({ name: text }),
  en: z.strictObject({ name: text }),
  /** Which of the site's built-in icons to draw beside it (src/components/CategoryIcon.astro). */
  icon: z.enum(['baby', 'book', 'cross', 'house', 'hand', 'sprout']),
});

/**
 * Where a condition's words come from: a field of the service itself, or a measure of the plan.
 * The words must stand in that place verbatim (tests/unit/contentIntegrity.test.ts checks).
 */
export const citationSchema = z
  .strictObject({
    /** `target` 服务对象, `name` 服务项目, `content` 服务内容, or `measure` (with its number). */
    source: z.enum(['target', 'name', 'content', 'measure']),
    measure: z.number().int().min(1).max(32).optional(),
    words: text,
    /**
     * The same words as the English of that place reads them (its `en` field, or the measure's
     * English), so that an English reason quotes no Chinese. Checked to stand there verbatim.
     */
    en: text,
  })
  .refine((cite) => (cite.source === 'measure') === (cite.measure !== undefined), {
    message: 'a measure citation needs "measure": N, and only a measure citation has one',
    path: ['measure'],
  });

const cites = z.array(citationSchema).min(1, 'cite the words this condition comes from');

/**
 * One condition of a service. Hard conditions (`age`, `stage`, `needs`) decide whether it applies;
 * `qualifier` and `insurance` only make the verdict "check" and say what to confirm.
 */
export const conditionSchema = z.discriminatedUnion('kind', [
  /** The ages the wording states (`0-6岁`), in whole years, both ends included. Never derived from a stage. */
  z.strictObject({
    kind: z.literal('age'),
    min: z.number().int().min(0).max(17),
    max: z.number().int().min(0).max(17),
    cites,
  }),
  /** The school stages the wording names (义务教育阶段 → primary and junior). */
  z.strictObject({
    kind: z.literal('stage'),
    stages: z.array(z.enum(stageValues)).min(1),
    /**
     * Stages the wording may still reach, to be confirmed rather than ruled out: a child not yet in
     * school for a service that secures school places, a vocational student where 中小学校 is unclear.
     * Default none.
     */
    checkFor: z.array(z.enum(stageValues)).default([]),
    cites,
  }),
  /** The special situations the wording names; the child must have at least one. */
  z.strictObject({ kind: z.literal('needs'), anyOf: z.array(z.enum(needValues)).min(1), cites }),
  /**
   * Wording that makes it conditional (符合条件的…, 有需求的…). Verdict "check", unless the family
   * answered one of `satisfiedBy` (有需要的 is met by "emotional difficulties" for service 34).
   */
  z.strictObject({
    kind: z.literal('qualifier'),
    satisfiedBy: z.array(z.enum(needValues)).default([]),
    /**
     * Answers the wording bears on but does not settle (住房有困难 for service 22, whose wording asks
     * for the city's housing-security conditions): they change the reason, never the verdict.
     */
    mentions: z.array(z.enum(needValues)).default([]),
    cites,
  }),
  /** The insurance answer shapes what the service means for the child; "not sure" makes it "check". */
  z.strictObject({ kind: z.literal('insurance'), cites }),
]);

export const eligibilitySchema = z
  .strictObject({ conditions: z.array(conditionSchema) })
  .refine(
    ({ conditions }) => conditions.every((c) => c.kind !== 'age' || c.min <= c.max),
    'an age condition\'s min must not be above its max',
  );

export const serviceSchema = z.strictObject({
  /** The official number in the attachment, 1–42: the id hotline staff read out. */
  number: z.number().int().min(1).max(42),
  category: categoryId,
  zh: z.strictObject({
    /** 服务对象, verbatim. */
    target: text,
    /** 服务项目, verbatim. */
    name: text,
    /** 服务内容, verbatim. */
    content: text,
    /** The site's own plain-language summary: 1–3 short sentences, adding no fact the source lacks. */
    summary: text,
  }),
  /** A reference translation of every Chinese field; the Chinese prevails. */
  en: z.strictObject({ target: text, name: text, content: text, summary: text }),
  /** 责任部门, as department ids, in the order the attachment lists them. */
  departments: z.array(departmentId).min(1, 'needs at least one department'),
  /** The site's own cross-reference to measures of the plan (1–32); the source does not map them. */
  measures: z.array(z.number().int().min(1).max(32)).default([]),
  /** The site's own cross-reference to hotlines that can help (ids in content/hotlines.json). */
  hotlines: z.array(z.string()).default([]),
  /** Who the service is for, as conditions the questionnaire evaluates (src/lib/eligibility/). */
  eligibility: eligibilitySchema,
  /** Where the source contradicts itself or needs a word of explanation: shown on the page. Default none. */
  notes: z.array(editorialNoteSchema).default([]),
  /**
   * For services that share a name (7/8/10 义务教育服务…): a few words of its own content, verbatim
   * in each language, shown beside the name wherever services are listed together.
   */
  tellApart: z.strictObject({ zh: text, en: text }).optional(),
});

export const measureSectionSchema = z.strictObject({
  /** 1–4, the section numbered 一 to 四 in the plan. */
  number: z.number().int().min(1).max(4),
  /** The section's heading, verbatim, without its numeral. */
  zh: z.strictObject({ title: text }),
  en: z.strictObject({ title: text }),
});

export const measureSchema = z.strictObject({
  /** The measure's number in the plan, 1–32 (anchors are `#measure-N`). */
  number: z.number().int().min(1).max(32),
  /** The section (1–4) it stands in. */
  section: z.number().int().min(1).max(4),
  /** The measure's words, verbatim, without its number and the department list in brackets. */
  zh: z.strictObject({ text }),
  en: z.strictObject({ text }),
  /** The departments in brackets at its end, as department ids, in order. */
  departments: z.array(departmentId).min(1, 'needs at least one department'),
});

export const departmentSchema = z.strictObject({
  /** A stable slug, used in URLs (`/departments/civil-affairs/`). */
  id: departmentId,
  /** Its position (1–24) in the plan's list of issuing bodies, the order the site lists them in. */
  order: z.number().int().min(1),
  zh: z.strictObject({
    /** The full name as the plan's list of issuing bodies gives it. */
    name: text,
    /** Every short name the plan uses for this body (市民政局); each must name one body only. */
    shortNames: z.array(text).min(1, 'needs the short name the plan uses'),
  }),
  en: z.strictObject({ name: text }),
  /** Where the plan names the body in two ways, or its name needs a word of explanation: shown on its page. Default none. */
  notes: z.array(editorialNoteSchema).default([]),
});

/** A hotline's phone number: digits only (3 to 8 of them), dialled as written. */
const phoneNumber = z.string().regex(/^\d{3,8}$/u, 'must be the number as dialled, digits only (e.g. "12355")');

export const hotlineSchema = z
  .strictObject({
    /** The anchor id (`#hotline-12355`): the number itself, or a slug for a line with no number. */
    id: z.string().regex(/^[a-z0-9-]+$/u, 'must be digits or a lower-case slug'),
    /** Where it stands in lists (1 first): the plan's lines first, in the order measure 21 names them. */
    order: z.number().int().min(1),
    /**
     * `plan`: named by the plan (measure 21, service 34). `public`: a general public number the site
     * adds for safety, not named in the plan, and labelled so.
     */
    kind: z.enum(['plan', 'public']),
    /** The number to dial; absent for an online platform the plan names without a number. */
    number: phoneNumber.optional(),
    /**
     * Whether to offer the 021-prefixed form too: a phone registered outside Shanghai may reach its
     * home province's line when it dials a short number. False for numbers such as 110 that are not
     * Shanghai lines. Default false.
     */
    offerShanghaiAreaCode: z.boolean().default(false),
    /** Show it among the emergency numbers (110, 120). Default false. */
    emergency: z.boolean().default(false),
    /**
     * `name`: for the plan's lines, the name the plan gives it (心理热线). `suggestion`: the site's
     * own suggestion of when to call it, from its name, shown labelled 本站建议 / "the site's
     * suggestion". Measure 21 gives the topics of the plan's lines together (心理情感、家庭教育、
     * 权益维护、政策法规) and pairs no line with one, so the topics are said once, on the hotlines
     * page, and never copied onto a line. Default none (an online platform the site cannot tell
     * a family how to reach).
     */
    zh: z.strictObject({ name: text, suggestion: text.optional() }),
    en: z.strictObject({ name: text, suggestion: text.optional() }),
    /** The departments the plan names with it (measure 21 names three for all the lines together). */
    departments: z.array(departmentId).default([]),
    /** Where the plan names it. */
    measures: z.array(z.number().int().min(1).max(32)).default([]),
    services: z.array(z.number().int().min(1).max(42)).default([]),
    /**
     * What an official page beyond the plan says this line does, with the words it rests on: shown
     * where the site offers the line as the number to ask (12345's minor-protection role). Default none.
     */
    officialRole: hotlineRoleSchema.optional(),
  })
  .refine((line) => line.number !== undefined || !line.offerShanghaiAreaCode, {
    message: 'offerShanghaiAreaCode needs a number',
    path: ['offerShanghaiAreaCode'],
  })
  .refine((line) => (line.zh.suggestion === undefined) === (line.en.suggestion === undefined), {
    message: 'give the suggestion in both languages, or in neither',
    path: ['en', 'suggestion'],
  });

/** The site's own pages a search term can lead to, by their path under the language root. */
export const searchablePages = ['check', 'services', 'hotlines', 'policy', 'departments', 'about', 'ages', 'print'] as const;

/**
 * Where a search term leads: `service:3`, `hotline:12355`, `measure:8`, `department:health`,
 * `category:schooling` or `page:check`. Whether the service, line or department exists is checked
 * with the other references.
 */
export const searchTarget = z
  .string()
  .regex(
    new RegExp(`^(service:\\d+|measure:\\d+|hotline:[a-z0-9-]+|department:[a-z-]+|category:[a-z-]+|page:(${searchablePages.join('|')}))$`, 'u'),
    'must be service:N, measure:N, hotline:<id>, department:<id>, category:<id> or page:<name>',
  );

/** A short search term: a word or two as people type them, never a sentence. */
const searchTerm = (longest: number) =>
  z.string().trim().min(1, 'is empty').max(longest, `is too long for a search term: keep it to a word or two (at most ${longest} characters)`);

/**
 * The everyday words people search with for one page (content/search-terms.json): what parents
 * say (打疫苗, 自闭症, 蛀牙), common wrong and older names, abbreviations. Only search words: a term
 * states no fact, so it must not say 免费 where the official text does not.
 */
export const searchTermsSchema = z
  .strictObject({
    target: searchTarget,
    /** Chinese terms, at most 12 characters each. Default none. */
    zh: z.array(searchTerm(12)).default([]),
    /** English terms, lower case, at most 30 characters each. Default none. */
    en: z.array(searchTerm(30)).default([]),
  })
  .refine((entry) => entry.zh.length + entry.en.length > 0, { message: 'give at least one term', path: ['zh'] });

/**
 * A need families often search for that is not one of the plan's 42 services
 * (content/not-in-plan.json): search says so, and where an official page says to go, with its
 * source (the about page's "#not-in-plan" section lists them all).
 */
export const notInPlanSchema = z.strictObject({
  /** A lower-case slug; its search result is `none:<id>`, its section `/about/#not-in-plan-<id>`. */
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/u, 'must be a lower-case slug'),
  order: z.number().int().min(1),
  /** What people call it (居住证), in both languages. */
  name: z.strictObject({ zh: text, en: text }),
  /** The words people search for it with, as search terms are written. */
  words: z.strictObject({ zh: z.array(searchTerm(12)).min(1), en: z.array(searchTerm(30)).default([]) }),
  /** Where to go for it, in plain words, with the official words it rests on. */
  where: citedFactSchema,
});

/**
 * A word of the crisis list (content/crisis-words.json), written as the search reads a query
 * (normaliseForSearch): Chinese characters, or lower-case Latin words with single spaces.
 */
const crisisWord = z
  .string()
  .regex(/^(\p{Script=Han}+|[a-z]+( [a-z]+)*)$/u, 'must be Chinese characters only, or lower-case Latin words with single spaces (as the search reads a query)');

/** How a crisis group answers: danger now (110 and 120 first), help (the fitting line only), or only that a child is named. */
export const crisisTiers = ['danger', 'help', 'child'] as const;

/**
 * One group of the crisis list: words that, anywhere in a search, show the crisis answer before
 * any result, and the plan's lines that fit them. The list is curated by hand and each word says
 * why it is there; src/lib/search/crisisMatch.ts reads it, tests/unit/crisisMatch.test.ts holds it.
 */
export const crisisGroupSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+(-[a-z]+)*$/u, 'must be a lower-case slug'),
  order: z.number().int().min(1),
  tier: z.enum(crisisTiers),
  /** Hotline ids (content/hotlines.json) suggested for these words, the site's own pairing. Default none. */
  lines: z.array(z.string()).default([]),
  /** Lines added when the search also names a child (a word of the `child` group). Default none. */
  childLines: z.array(z.string()).default([]),
  /** Why the group is there and why these lines. */
  why: text,
  words: z.array(z.strictObject({ word: crisisWord, why: text })).min(1),
});

/**
 * One term of the site's English glossary (content/glossary.json): a Chinese term the plan uses
 * again and again, and the one English term the site writes for it wherever a Chinese text has it.
 * tests/unit/glossary.test.ts holds every translated text to it (src/lib/content/findGlossaryProblems.ts).
 */
export const glossaryEntrySchema = z
  .strictObject({
    /** The Chinese term, as the texts write it (督促监护令). Each term stands once in the glossary. */
    zh: text,
    /**
     * The English term, as written (case aside) wherever a Chinese text has the term; its plural
     * counts too, as a word that starts with it (`guardian` in "guardians").
     */
    en: text,
    /** Renderings the site used before or might slip into, refused where the Chinese has the term. Default none. */
    avoid: z.array(text).default([]),
    /** Why this English: what the term means, and why not the renderings in `avoid`. */
    note: text,
  })
  .refine((entry) => entry.avoid.every((rendering) => !rendering.toLowerCase().includes(entry.en.toLowerCase())), {
    message: 'a rendering to avoid contains the English term itself, so the term could never be written: remove it from "avoid"',
    path: ['avoid'],
  });

export type Category = z.infer<typeof categorySchema>;
export type Service = z.infer<typeof serviceSchema>;
export type MeasureSection = z.infer<typeof measureSectionSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Department = z.infer<typeof departmentSchema>;
export type Hotline = z.infer<typeof hotlineSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type Citation = z.infer<typeof citationSchema>;
/** A citation as the questionnaire shows it: its words in the page's language only. */
export type CitedWords = Omit<Citation, 'en'>;
/** A condition as the questionnaire receives it, its citations in the page's language. */
export type ShownCondition = Condition extends infer C ? (C extends { cites: Citation[] } ? Omit<C, 'cites'> & { cites: CitedWords[] } : never) : never;
export type SearchTerms = z.infer<typeof searchTermsSchema>;
export type CrisisGroup = z.infer<typeof crisisGroupSchema>;
export type NotInPlan = z.infer<typeof notInPlanSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
