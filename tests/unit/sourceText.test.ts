import { describe, expect, it } from 'vitest';
import { normaliseVerbatim, parseIssuingBodies, parseMeasures, parseServiceList } from '../../src/lib/sourceText.ts';
import { sourceText } from './sourceFile.ts';

describe('normaliseVerbatim', () => {
  it('drops the spaces and line breaks the PDF extraction put inside sentences', () => {
    expect(normaliseVerbatim('满 6 个月\n\n以上')).toBe('满6个月以上');
    expect(normaliseVerbatim('上海市 财 政 局')).toBe('上海市财政局');
  });

  it('keeps punctuation exactly, half-width or full-width', () => {
    expect(normaliseVerbatim('复筛,诊断（评估）')).toBe('复筛,诊断（评估）');
  });
});

describe('parseServiceList', () => {
  const table = [
    '上海市流动儿童享有关爱服务基础清单',
    '\t服务对象\t服务项目\t服务内容\t责任部门\t',
    '幼有所育\t1\t0-6岁流动儿童\t儿童保健\t免费提供 服务。\t市卫生健康委',
    '\t2\t流动儿童\t孤独症筛查\t初筛服务\t市卫生健康委、市民政局',
  ].join('\n');

  it('reads each row with its number, fields and departments', () => {
    expect(parseServiceList(table)).toEqual([
      { number: 1, category: '幼有所育', target: '0-6岁流动儿童', name: '儿童保健', content: '免费提供服务。', departments: ['市卫生健康委'] },
      { number: 2, category: '幼有所育', target: '流动儿童', name: '孤独症筛查', content: '初筛服务', departments: ['市卫生健康委', '市民政局'] },
    ]);
  });

  it('finds all 42 rows of the real attachment, numbered 1 to 42', () => {
    expect(parseServiceList(sourceText).map((row) => row.number)).toEqual(Array.from({ length: 42 }, (_, i) => i + 1));
  });
});

describe('parseMeasures', () => {
  it('joins a measure split by a page break and takes its departments from the brackets at its end', () => {
    const text = '前言\n一、第一部分\n\n1. 做好工作。（市民政局、市卫生\n\n健康委)\n\n二、第二部分\n2. 第二条。（市教委）\n附件：清单';
    expect(parseMeasures(text)).toEqual([
      { number: 1, section: 1, sectionTitle: '第一部分', text: '做好工作。', departments: ['市民政局', '市卫生健康委'] },
      { number: 2, section: 2, sectionTitle: '第二部分', text: '第二条。', departments: ['市教委'] },
    ]);
  });

  it('finds the 32 measures of the real plan in four sections', () => {
    const measures = parseMeasures(sourceText);
    expect(measures.map((measure) => measure.number)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(new Set(measures.map((measure) => measure.section))).toEqual(new Set([1, 2, 3, 4]));
  });
});

describe('parseIssuingBodies', () => {
  it('lists the 24 issuing bodies, the civil affairs bureau first and the red cross last', () => {
    const bodies = parseIssuingBodies(sourceText);
    expect(bodies).toHaveLength(24);
    expect(bodies[0]).toBe('上海市民政局');
    expect(bodies.at(-1)).toBe('上海市红十字会');
  });
});
