/**
 * "How to get it" for one service, in a page's language: each fact in plain words with the source it
 * rests on (the plan's item or measure, or an official page with its issuer, dates and the words
 * read there), and what to say where no source says. Service pages and the questionnaire's data are
 * built from here, so both say the same thing.
 */
import { byLanguage } from '../lib/byLanguage.ts';
import { departmentLabel } from '../lib/content/departmentLabel.ts';
import type { FactCitation, NextSteps, NextStepFact, Source, WhereFact } from '../lib/content/nextStepsSchemas.ts';
import type { OfficeKind } from '../lib/content/placeSchemas.ts';
import { departmentById, hotlineById, officeKindById } from '../lib/content/relations.ts';
import type { Hotline, Service } from '../lib/content/schemas.ts';
import { contentSide, localisedPath, type Language } from '../lib/paths.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { SiteContent } from '../lib/content/collections.ts';

/** Where a fact comes from, ready to show. */
export interface CitedSourceView {
  /** What to call it in one line: "方案第25项", "上海市人民政府英文网站". */
  label: string;
  href: string;
  /** An official page on another site (linked with rel="noreferrer"): its title, its date (null: none shown) and the day it was read; absent for the plan. */
  page?: { title: string; titleLang: Language; published: string | null; dateFrom: 'page' | 'address'; read: string; audience?: string };
  /** The words the fact rests on, in the source's own language. */
  words: string;
  wordsLang: Language;
}

export interface FactView {
  text: string;
  /** The fact rests on a page in the other language: the page says it is translated. */
  translated: boolean;
  sources: CitedSourceView[];
}

export interface WhereView extends FactView {
  channel: WhereFact['channel'];
  /** The place in a few words: its short form, else its office's name, else the text itself. */
  short: string;
  /** The kind of office a family can look for in its own street or town, with the map searches. */
  office?: { name: string };
}

export interface NextStepsView {
  /** The day a person last checked these next steps (YYYY-MM-DD). */
  checked: string;
  where: WhereView[];
  bring: (FactView & { document: string })[];
  when: FactView[];
  /** The department (its name) whose notice sets the conditions and dates, which the site could not read. */
  notice?: { department: string; sources: CitedSourceView[] };
  /** Where to ask what to bring: the first place the family goes to, or, where none is cited, the responsible departments. */
  askAt: string;
  /** The number to ask, with what an official page says it does. */
  ask: { hotline: Hotline; role?: FactView };
}

/** The site language a page's language reads as. */
export const languageOf: Record<'zh' | 'en', Language> = { zh: 'zh-CN', en: 'en' };

function citedSource(content: Pick<SiteContent, 'sources'>, cite: FactCitation, lang: Language): CitedSourceView {
  const t = useTranslations(lang);
  if (cite.from === 'item') {
    return {
      label: t('nextSteps.source.item', { number: cite.number }),
      href: localisedPath(lang, `/services/${cite.number}/#official-title`),
      words: cite.words,
      wordsLang: 'zh-CN',
    };
  }
  if (cite.from === 'measure') {
    return {
      label: t('nextSteps.source.measure', { number: cite.number }),
      href: localisedPath(lang, `/policy/#measure-${cite.number}`),
      words: cite.words,
      wordsLang: 'zh-CN',
    };
  }
  const source: Source | undefined = content.sources.find((s) => s.id === cite.page);
  // loadContent has checked every page a fact cites; a miss here is a programming error.
  if (!source) throw new Error(`Source "${cite.page}" is not in the content`);
  const side = contentSide(lang);
  return {
    label: source.issuer[side],
    href: source.url,
    page: {
      title: source.title,
      titleLang: languageOf[source.language],
      published: source.published,
      dateFrom: source.dateFrom,
      read: source.read,
      ...(source.audience ? { audience: source.audience[side] } : {}),
    },
    words: cite.words,
    wordsLang: languageOf[source.language],
  };
}

/** A cited fact in a page's language, with its sources ready to show (next steps, 12345's role, a kind of place). */
export function factView(content: Pick<SiteContent, 'sources'>, fact: NextStepFact, lang: Language): FactView {
  const sources = fact.cites.map((cite) => citedSource(content, cite, lang));
  return {
    text: fact[contentSide(lang)],
    translated: sources.some((source) => source.page !== undefined && source.wordsLang !== lang),
    sources,
  };
}

function whereView(content: Pick<SiteContent, 'sources' | 'officeKinds'>, fact: WhereFact, lang: Language): WhereView {
  const office: OfficeKind | undefined = fact.office ? officeKindById(content, fact.office) : undefined;
  const view = factView(content, fact, lang);
  const officeName = office ? byLanguage(lang, { zh: office.searchWord, en: office.en.name }) : undefined;
  return {
    ...view,
    channel: fact.channel,
    short: fact.short?.[contentSide(lang)] ?? officeName ?? view.text,
    ...(officeName ? { office: { name: officeName } } : {}),
  };
}

/** The next steps record of a service; loadContent makes sure every service has one. */
export function nextStepsOf(content: Pick<SiteContent, 'nextSteps'>, service: Service): NextSteps {
  const record = content.nextSteps.find((r) => r.service === service.number);
  if (!record) throw new Error(`Service ${service.number} has no next steps in the content`);
  return record;
}

export function nextStepsView(content: SiteContent, service: Service, lang: Language): NextStepsView {
  const record = nextStepsOf(content, service);
  const where = record.where.map((fact) => whereView(content, fact, lang));
  const cityLine = hotlineById(content, '12345');
  const notice = record.setByNotice;
  const noticeDepartment = notice ? departmentById(content, notice.department) : undefined;
  return {
    checked: record.checked,
    where,
    bring: record.bring.map((fact) => ({ ...factView(content, fact, lang), document: fact.document })),
    when: record.when.map((fact) => factView(content, fact, lang)),
    ...(notice && noticeDepartment
      ? {
          notice: { department: departmentLabel(noticeDepartment, lang), sources: notice.cites.map((cite) => citedSource(content, cite, lang)) },
        }
      : {}),
    askAt: where.find((fact) => fact.channel === 'visit')?.short ?? useTranslations(lang)('nextSteps.askDepartments'),
    ask: { hotline: cityLine, ...(cityLine.officialRole ? { role: factView(content, cityLine.officialRole, lang) } : {}) },
  };
}
