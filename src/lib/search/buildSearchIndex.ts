/**
 * Builds the search index from the checked content at build time. What needs a dictionary happens
 * here, in Node: the pinyin readings (from a function passed in, so the library stays out of the
 * browser). The phone receives plain strings.
 */
import type { SiteContent } from '../content/loadContent.ts';
import { contentSide, type ContentSide, type Language } from '../paths.ts';
import { englishStopWords } from './fillerWords.ts';
import { searchIndexVersion, type IndexedDocument, type SearchIndexFile } from './indexFile.ts';

/** The words a result's heading is made of, from the locale files. */
export interface IndexWording {
  serviceTitle(number: number, name: string): string;
  measureTitle(number: number): string;
  categoryDetail(serviceCount: number): string;
  /** A hotline's suggestion of when to call it, labelled as the site's own (本站建议：…). */
  hotlineSuggestion(suggestion: string): string;
  /** The heading of a need the plan has no service for (居住证：不在方案的42项服务里). */
  notInPlanTitle(name: string): string;
}

export interface SearchIndexSources {
  content: SiteContent;
  /** The site's own pages (page:check…), with their headings and descriptions in both languages. */
  pages: { target: string; zh: { title: string; detail: string }; en: { title: string; detail: string } }[];
  wording: Record<ContentSide, IndexWording>;
  /** The syllables of Chinese text without tones, one a character, e.g. 疫苗 → ['yi', 'miao']. */
  toPinyin(text: string): string[];
}

/** Longest detail line shown for a measure; the rest of its text is only searched. */
const measureDetailLength = { zh: 48, en: 120 };

const unique = (values: string[]) => [...new Set(values.filter((value) => value.trim() !== ''))];

/**
 * Text cut in two near `length` characters (at a space, where there are spaces): the head is shown
 * under a result, the rest only searched, so the index does not carry the head twice.
 */
export function splitForDetail(text: string, length: number): { head: string; rest: string } {
  const characters = Array.from(text);
  if (characters.length <= length) return { head: text, rest: '' };
  let cut = characters.slice(0, length).join('');
  const space = cut.lastIndexOf(' ');
  if (space > length / 2) cut = cut.slice(0, space);
  return { head: `${cut.trimEnd()}…`, rest: text.slice(cut.length).trim() };
}

/**
 * English text as the index keeps it where it is only searched: each distinct word once, common
 * words left out. Searching compares words, not phrases, so nothing a query can match is lost.
 * @example englishKeywords('The children of the children') // 'children'
 */
export function englishKeywords(text: string): string {
  const words = text.toLowerCase().match(/[a-z0-9]+(?:['’][a-z]+)?/gu) ?? [];
  return unique(words.filter((word) => !englishStopWords.has(word))).join(' ');
}

/** Searched-only text: Chinese as written (its characters and pairs are compared), English as keywords. */
const searchedForm: Record<ContentSide, (text: string) => string> = { zh: (text) => text, en: englishKeywords };
const searched = (side: ContentSide, text: string) => searchedForm[side](text);

/**
 * The detail shown in the index's language and the other language's version as searched text, so a
 * query in either language finds it.
 */
function bilingual(lang: Language, texts: Record<ContentSide, string>, detailLength?: Record<ContentSide, number>) {
  const shown = contentSide(lang);
  const other: ContentSide = shown === 'zh' ? 'en' : 'zh';
  const split = detailLength ? splitForDetail(texts[shown], detailLength[shown]) : { head: texts[shown], rest: '' };
  return { detail: split.head, text: [searched(shown, split.rest), searched(other, texts[other])] };
}

/** Every syllable with the characters the build read so, from all the Chinese in the documents. */
function readingsOf(documents: IndexedDocument[], toPinyin: (text: string) => string[]): Record<string, string> {
  const readings = new Map<string, Set<string>>();
  const chinese = documents.flatMap((d) => [d.label.title, d.label.detail, ...d.names, ...d.terms, ...d.text]);
  for (const text of chinese) {
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
      const characters = Array.from(run);
      const syllables = toPinyin(run);
      if (syllables.length !== characters.length) continue;
      characters.forEach((character, i) => {
        const syllable = syllables[i]!;
        if (!/^[a-z]+$/u.test(syllable)) return;
        if (!readings.has(syllable)) readings.set(syllable, new Set());
        readings.get(syllable)!.add(character);
      });
    }
  }
  return Object.fromEntries([...readings].sort(([a], [b]) => a.localeCompare(b)).map(([syllable, set]) => [syllable, [...set].sort().join('')]));
}

export function buildSearchIndex(lang: Language, { content, pages, wording, toPinyin }: SearchIndexSources): SearchIndexFile {
  const side = contentSide(lang);
  const documents: IndexedDocument[] = [];
  const add = (target: string, title: string, names: string[], shown: { detail: string; text: string[] }, text: string[] = [], urgent = false) => {
    const terms = content.searchTerms.find((entry) => entry.target === target);
    documents.push({
      target,
      label: { title, detail: shown.detail },
      names: unique(names),
      terms: unique([...(terms?.zh ?? []), ...(terms?.en ?? [])]),
      text: unique([...text, ...shown.text]),
      ...(urgent ? { urgent: true as const } : {}),
    });
  };

  for (const service of content.services) {
    add(
      `service:${service.number}`,
      wording[side].serviceTitle(service.number, service[side].name),
      [service.zh.name, service.en.name, String(service.number)],
      bilingual(lang, { zh: service.zh.summary, en: service.en.summary }),
      [service.zh.target, service.zh.content, englishKeywords(`${service.en.target} ${service.en.content}`)],
    );
  }
  for (const hotline of content.hotlines) {
    const title = hotline.number ? `${hotline.number} ${hotline[side].name}` : hotline[side].name;
    const suggestion = (side: ContentSide) => {
      const text = hotline[side].suggestion;
      return text === undefined ? '' : wording[side].hotlineSuggestion(text);
    };
    // The measures that name a line are searched, not shown: measure 21 gives the plan's lines their topics together.
    const named = content.measures.filter((measure) => hotline.measures.includes(measure.number));
    const measureWords = named.flatMap((measure) => [measure.zh.text, englishKeywords(measure.en.text)]);
    const shown = bilingual(lang, { zh: suggestion('zh'), en: suggestion('en') });
    add(`hotline:${hotline.id}`, title, [hotline.zh.name, hotline.en.name, hotline.number ?? ''], shown, measureWords, hotline.emergency);
  }
  for (const department of content.departments) {
    const names = [department.zh.name, ...department.zh.shortNames, department.en.name];
    add(`department:${department.id}`, department[side].name, names, { detail: side === 'zh' ? department.zh.shortNames.join('、') : '', text: [] });
  }
  for (const category of content.categories) {
    const count = content.services.filter((service) => service.category === category.id).length;
    add(`category:${category.id}`, category[side].name, [category.zh.name, category.en.name], { detail: wording[side].categoryDetail(count), text: [] });
  }
  for (const page of pages) {
    add(page.target, page[side].title, [page.zh.title, page.en.title], bilingual(lang, { zh: page.zh.detail, en: page.en.detail }));
  }
  // A need the plan has no service for is a result of its own, saying so and where to go.
  for (const need of content.notInPlan) {
    const terms = [...need.words.zh, ...need.words.en];
    documents.push({
      target: `none:${need.id}`,
      label: { title: wording[side].notInPlanTitle(need.name[side]), detail: need.where[side] },
      names: unique([need.name.zh, need.name.en]),
      terms: unique(terms),
      text: unique([side === 'zh' ? englishKeywords(need.where.en) : need.where.zh]),
    });
  }
  // Measures last: they repeat the services' words, and an index read in order should meet services first.
  for (const measure of content.measures) {
    const titles = { zh: wording.zh.measureTitle(measure.number), en: wording.en.measureTitle(measure.number) };
    add(`measure:${measure.number}`, titles[side], [titles.zh, titles.en], bilingual(lang, { zh: measure.zh.text, en: measure.en.text }, measureDetailLength));
  }
  return { version: searchIndexVersion, lang, readings: readingsOf(documents, toPinyin), documents };
}
