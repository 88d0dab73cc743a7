import { describe, expect, it } from 'vitest';
import { englishKeywords, splitForDetail } from '../../src/lib/search/buildSearchIndex.ts';
import { isSearchIndexFile } from '../../src/lib/search/indexFile.ts';
import { targetPath } from '../../src/lib/search/targetPath.ts';
import { siteContent, siteIndex } from './siteSearch.ts';

describe('splitForDetail', () => {
  it('keeps a short text whole', () => {
    expect(splitForDetail('为0—6岁流动儿童', 48)).toEqual({ head: '为0—6岁流动儿童', rest: '' });
  });

  it('cuts Chinese at the length and English at a space, losing nothing', () => {
    expect(splitForDetail('一二三四五六', 4)).toEqual({ head: '一二三四…', rest: '五六' });
    expect(splitForDetail('provide free vaccination services', 16)).toEqual({ head: 'provide free…', rest: 'vaccination services' });
  });
});

describe('englishKeywords', () => {
  it('keeps each word once and drops common ones', () => {
    expect(englishKeywords('The children of the children, and their schools')).toBe('children schools');
  });
});

describe('the site search index', () => {
  const zh = siteIndex('zh-CN');
  const en = siteIndex('en');

  it('is an index the browser code accepts', () => {
    expect(isSearchIndexFile(zh)).toBe(true);
    expect(isSearchIndexFile({ ...zh, version: 1 })).toBe(false);
    expect(isSearchIndexFile({ documents: 'x' })).toBe(false);
  });

  it('holds every service, hotline, measure, department and category', () => {
    const targets = new Set(zh.documents.map((d) => d.target));
    for (const s of siteContent.services) expect(targets).toContain(`service:${s.number}`);
    for (const h of siteContent.hotlines) expect(targets).toContain(`hotline:${h.id}`);
    for (const m of siteContent.measures) expect(targets).toContain(`measure:${m.number}`);
    for (const d of siteContent.departments) expect(targets).toContain(`department:${d.id}`);
    for (const c of siteContent.categories) expect(targets).toContain(`category:${c.id}`);
    expect(targets).toContain('page:check');
  });

  it('labels results in its own language', () => {
    const vaccination = (index: typeof zh) => index.documents.find((d) => d.target === 'service:3')!.label;
    expect(vaccination(zh)).toEqual({ title: '第3项 免疫接种', detail: siteContent.services[2]!.zh.summary });
    expect(vaccination(en).title).toBe('Service 3 Immunisation');
  });

  it('carries the curated terms and the pinyin readings of its characters', () => {
    const vaccination = zh.documents.find((d) => d.target === 'service:3')!;
    expect(vaccination.terms).toContain('打疫苗');
    expect(zh.readings.yi).toContain('疫');
    expect(zh.readings.miao).toContain('苗');
  });

  it('gives the same documents, names and terms in both languages', () => {
    const words = (index: typeof zh) => index.documents.map((d) => [d.target, d.names, d.terms]);
    expect(words(en)).toEqual(words(zh));
  });
});

describe('targetPath', () => {
  it.each([
    ['service:34', '/services/34/'],
    ['hotline:12355', '/hotlines/#hotline-12355'],
    ['measure:8', '/policy/#measure-8'],
    ['department:health', '/departments/health/'],
    ['category:schooling', '/services/#category-schooling'],
    ['page:check', '/check/'],
    ['district:310101', '/places/310101/'],
    ['street:310101013', '/places/310101/#310101013'],
  ])('leads %s to %s', (target, path) => {
    expect(targetPath(target)).toBe(path);
  });
});
