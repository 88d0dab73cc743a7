/**
 * The content in content/ against the source document itself: every verbatim field equals the
 * source's words under the one normalisation the README describes, and every reference resolves.
 */
import { describe, expect, it } from 'vitest';
import zhLocale from '../../src/locales/zh-CN.json';
import { loadContent } from '../../src/lib/content/loadContent.ts';
import type { Department } from '../../src/lib/content/schemas.ts';
import { normaliseVerbatim, parseIssuingBodies, parseMeasures, parseServiceList } from '../../src/lib/sourceText.ts';
import { contentDir, sourceText } from './sourceFile.ts';

const content = loadContent(contentDir);
const sourceRows = parseServiceList(sourceText);
const sourceMeasures = parseMeasures(sourceText);

/** The one department a short name in the source stands for; fails the test if it is not exactly one. */
function departmentFor(shortName: string): Department {
  const matches = content.departments.filter((department) => department.zh.shortNames.includes(shortName));
  expect(matches, `short name ${shortName}`).toHaveLength(1);
  return matches[0]!;
}

describe('services', () => {
  it('are the 42 items of the list, numbered 1 to 42, each once', () => {
    expect(content.services.map((service) => service.number)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
  });

  it('each have every field in both languages', () => {
    for (const service of content.services) {
      for (const side of [service.zh, service.en]) {
        for (const [field, value] of Object.entries(side)) {
          expect(value.trim(), `service ${service.number} ${field}`).not.toBe('');
        }
      }
    }
  });

  it('copy the target group, name and content verbatim from the source', () => {
    for (const row of sourceRows) {
      const service = content.services.find((s) => s.number === row.number)!;
      expect(service.zh.target, `service ${row.number} target`).toBe(row.target);
      expect(service.zh.name, `service ${row.number} name`).toBe(row.name);
      expect(service.zh.content, `service ${row.number} content`).toBe(row.content);
    }
  });

  it('hold the verbatim text already normalised, with no stray white space', () => {
    for (const service of content.services) {
      for (const field of ['target', 'name', 'content'] as const) {
        expect(normaliseVerbatim(service.zh[field]), `service ${service.number} ${field}`).toBe(service.zh[field]);
      }
    }
  });

  it('sit in the category the source table gives them', () => {
    for (const row of sourceRows) {
      const service = content.services.find((s) => s.number === row.number)!;
      const category = content.categories.find((c) => c.id === service.category)!;
      expect(category.zh.name, `service ${row.number}`).toBe(row.category);
    }
  });

  it('name the responsible departments the source lists, in its order', () => {
    for (const row of sourceRows) {
      const service = content.services.find((s) => s.number === row.number)!;
      expect(service.departments, `service ${row.number}`).toEqual(row.departments.map((name) => departmentFor(name).id));
    }
  });

  it('cite, for every eligibility condition, words that stand verbatim where the citation says', () => {
    for (const service of content.services) {
      for (const condition of service.eligibility.conditions) {
        for (const cite of condition.cites) {
          const place = cite.source === 'measure' ? content.measures.find((m) => m.number === cite.measure)!.zh.text : service.zh[cite.source];
          expect(place, `service ${service.number} ${condition.kind} cites "${cite.words}"`).toContain(cite.words);
        }
      }
    }
  });

  it('state ages only where the target group states them in those words, never from a school stage', () => {
    for (const service of content.services) {
      for (const condition of service.eligibility.conditions.filter((c) => c.kind === 'age')) {
        const words = `${condition.min}-${condition.max}岁`;
        expect(condition.cites, `service ${service.number}`).toEqual([{ source: 'target', words, en: `aged ${condition.min}–${condition.max}` }]);
      }
    }
  });
});

describe('measures', () => {
  it('are the 32 measures of the plan, verbatim, in their sections', () => {
    expect(content.measures).toHaveLength(32);
    for (const source of sourceMeasures) {
      const measure = content.measures.find((m) => m.number === source.number)!;
      expect(measure.zh.text, `measure ${source.number}`).toBe(source.text);
      expect(measure.section, `measure ${source.number}`).toBe(source.section);
      expect(measure.departments, `measure ${source.number}`).toEqual(source.departments.map((name) => departmentFor(name).id));
    }
  });

  it('have section titles copied from the plan', () => {
    for (const source of sourceMeasures) {
      const section = content.measureSections.find((s) => s.number === source.section)!;
      expect(section.zh.title).toBe(source.sectionTitle);
    }
  });

  it('each have an English translation', () => {
    for (const measure of content.measures) expect(measure.en.text.trim(), `measure ${measure.number}`).not.toBe('');
  });
});

describe('departments', () => {
  it('are the 24 issuing bodies, with their full names, in the order the plan lists them', () => {
    expect(content.departments.map((d) => d.zh.name)).toEqual(parseIssuingBodies(sourceText));
    expect(content.departments.map((d) => d.order)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('resolve every short name the services and measures use to exactly one department', () => {
    const used = new Set([...sourceRows.flatMap((row) => row.departments), ...sourceMeasures.flatMap((m) => m.departments)]);
    expect(used.size).toBeGreaterThan(0);
    for (const shortName of used) departmentFor(shortName);
  });

  it("explain on its page that the body the list names 上海市疾病预防控制中心 is the measures' 市疾控局", () => {
    const cdc = departmentFor('市疾控局');
    expect(cdc.zh.name).toBe('上海市疾病预防控制中心');
    for (const side of ['zh', 'en'] as const) {
      const notes = cdc.notes.map((note) => note[side]).join();
      expect(notes, side).toContain('上海市疾病预防控制中心');
      expect(notes, side).toContain('市疾控局');
    }
  });

  it('each carry a short name that the source uses', () => {
    for (const department of content.departments) {
      for (const shortName of department.zh.shortNames) {
        expect(normaliseVerbatim(sourceText), `${department.id} ${shortName}`).toContain(shortName);
      }
    }
  });
});

describe('hotlines', () => {
  const measure21 = content.measures.find((m) => m.number === 21)!;

  it('name the plan lines with the number and name that measure 21 or service 34 gives them', () => {
    const service34 = content.services.find((s) => s.number === 34)!;
    for (const hotline of content.hotlines.filter((h) => h.kind === 'plan')) {
      const asWritten = hotline.number ? `${hotline.number}${hotline.zh.name}` : hotline.zh.name;
      const named = [measure21.zh.text, service34.zh.content].some((text) => text.includes(asWritten));
      expect(named, `${hotline.id} as "${asWritten}"`).toBe(true);
    }
  });

  it("carry measure 21's departments, which it names for the plan lines together", () => {
    for (const hotline of content.hotlines.filter((h) => h.kind === 'plan')) {
      expect(hotline.departments, hotline.id).toEqual(measure21.departments);
    }
  });

  it("never pin measure 21's topics, which it gives the lines together, on one line: each suggests in its own words", () => {
    const topics = ['心理情感', '家庭教育', '权益维护', '政策法规', '咨询服务'];
    for (const hotline of content.hotlines) {
      for (const topic of topics) expect(hotline.zh.suggestion ?? '', `${hotline.id} ${topic}`).not.toContain(topic);
    }
    const suggestions = content.hotlines.map((h) => h.zh.suggestion).filter((text) => text !== undefined);
    expect(new Set(suggestions).size, 'no two lines suggest the same').toBe(suggestions.length);
  });

  it("say measure 21's topics once, on the hotlines page, in the plan's own words", () => {
    const quoted = zhLocale['hotlines.planTopics'].match(/“(.+?)”/u)![1]!;
    expect(measure21.zh.text).toContain(quoted);
    for (const topic of ['心理情感', '家庭教育', '权益维护', '政策法规']) expect(quoted).toContain(topic);
  });

  it('give no way to reach 青小聊, since no official page the site has read gives one', () => {
    const platform = content.hotlines.find((h) => h.id === 'qingxiaoliao')!;
    expect(platform.number).toBeUndefined();
    expect(platform.zh.suggestion).toBeUndefined();
  });

  it('link the psychological line 962525 to no service about the law (32, 33): no source ties them', () => {
    for (const number of [32, 33]) expect(content.services.find((s) => s.number === number)!.hotlines).not.toContain('962525');
  });

  it('include 962525, 12355, 12338 and the three public numbers 110, 120 and 12345', () => {
    const numbers = content.hotlines.map((h) => h.number);
    for (const number of ['962525', '12355', '12338', '110', '120', '12345']) expect(numbers).toContain(number);
    for (const number of ['110', '120', '12345']) {
      expect(content.hotlines.find((h) => h.number === number)!.kind).toBe('public');
    }
  });

  it("never list 12388, the list's misprint, as a number to call", () => {
    expect(content.hotlines.map((h) => h.number)).not.toContain('12388');
  });

  it('explain the misprint on the page of service 34, which quotes it verbatim', () => {
    const service34 = content.services.find((s) => s.number === 34)!;
    expect(service34.zh.content).toContain('12388');
    expect(service34.notes.map((note) => note.zh).join()).toContain('12338');
    expect(service34.notes.map((note) => note.en).join()).toContain('12338');
  });
});

describe('search terms', () => {
  const termsOf = (target: string) => content.searchTerms.find((entry) => entry.target === target)!;

  it('give every service some everyday words in both languages', () => {
    for (const service of content.services) {
      const entry = termsOf(`service:${service.number}`);
      expect(entry.zh.length, `service ${service.number}`).toBeGreaterThanOrEqual(6);
      expect(entry.en.length, `service ${service.number}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('say "free" only of a service whose official content says it costs nothing', () => {
    for (const service of content.services) {
      const entry = termsOf(`service:${service.number}`);
      const saysFree = entry.zh.some((term) => term.includes('免费')) || entry.en.some((term) => /\bfree\b/u.test(term));
      if (saysFree) expect(service.zh.content, `service ${service.number}`).toMatch(/免费|免除|减免/u);
    }
  });

  it('hold a phone number only on the line it dials', () => {
    // 911 and 311 are what a parent used to other countries types for 110, 120 and 12345.
    const lookalikes: Record<string, string[]> = { '911': ['hotline:110', 'hotline:120'], '311': ['hotline:12345'] };
    for (const entry of content.searchTerms) {
      for (const term of [...entry.zh, ...entry.en]) {
        for (const number of term.match(/\d{3,}/gu) ?? []) {
          const line = content.hotlines.find((h) => h.number === number);
          const allowed = line ? [`hotline:${line.id}`] : (lookalikes[number] ?? []);
          expect(allowed, `${entry.target}: ${term}`).toContain(entry.target);
        }
      }
    }
  });

  it('lead crisis words to the lines that answer them', () => {
    expect(termsOf('hotline:962525').zh).toEqual(expect.arrayContaining(['自杀', '轻生']));
    expect(termsOf('hotline:120').zh).toEqual(expect.arrayContaining(['急救', '受伤']));
    expect(termsOf('hotline:110').zh).toEqual(expect.arrayContaining(['报警', '走失']));
  });
});

describe('places', () => {
  it('cover every district and every administrative street and town of the code list', () => {
    expect(content.districts).toHaveLength(16);
    // 107 街道, 106 镇 and 2 乡; the 19 statistical units (开发区, 农场 …) are left out.
    expect(content.streets).toHaveLength(215);
    expect(content.streets.filter((street) => street.kind === 'jiedao')).toHaveLength(107);
    expect(content.streets.some((street) => /开发区|农场|工业区/u.test(street.name))).toBe(false);
    for (const district of content.districts)
      expect(
        content.streets.some((street) => street.district === district.code),
        district.code,
      ).toBe(true);
  });

  it('name each kind of place as the plan does, where the citation says', () => {
    for (const kind of content.placeKinds) {
      for (const cite of kind.cites) {
        const words = normaliseVerbatim(cite.words);
        const where =
          cite.source === 'measure'
            ? sourceMeasures.find((measure) => measure.number === cite.number)?.text
            : sourceRows.find((row) => row.number === cite.number)?.content;
        expect(where, `${kind.id}: ${cite.source} ${cite.number}`).toContain(words);
      }
      const cited = kind.cites.map((cite) => normaliseVerbatim(cite.words)).join('');
      expect(cited, `${kind.id}: its name stands in what it cites`).toContain(kind.zh.name);
    }
  });

  it('link each kind to exactly the services and measures that name it', () => {
    for (const kind of content.placeKinds) {
      const cited = (source: 'measure' | 'service') =>
        [...new Set(kind.cites.filter((cite) => cite.source === source).map((cite) => cite.number))].sort((a, b) => a - b);
      expect(
        [...kind.measures].sort((a, b) => a - b),
        `${kind.id}: measures`,
      ).toEqual(cited('measure'));
      expect(
        [...kind.services].sort((a, b) => a - b),
        `${kind.id}: services`,
      ).toEqual(cited('service'));
    }
  });

  it('ship no fictional place: fixtures stay in tests/', () => {
    for (const place of content.places) {
      expect(`${place.zh.name} ${place.zh.address} ${place.source}`, place.id).not.toMatch(/示例|example\.(org|com)/u);
    }
  });
});
