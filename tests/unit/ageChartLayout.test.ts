import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, estimateEm, FONT, layoutAgeChart, wrapText, YEAR_WIDTH, yearEdge } from '../../src/lib/ages/ageChartLayout.ts';

describe('estimateEm', () => {
  it('counts a Chinese character as a whole em and a Latin letter as less', () => {
    expect(estimateEm('儿童保健')).toBe(4);
    expect(estimateEm('ab')).toBeCloseTo(1.24);
  });
});

describe('wrapText', () => {
  it('keeps a short label on one line', () => {
    expect(wrapText('第1项 儿童保健', 20)).toEqual(['第1项 儿童保健']);
  });

  it('breaks English between words', () => {
    expect(wrapText('Service 5 · Preschool education services', 14)).toEqual(['Service 5 · Preschool', 'education services']);
  });

  it('breaks Chinese between characters', () => {
    expect(wrapText('一二三四五六', 4)).toEqual(['一二三四', '五六']);
  });

  it('gives a word longer than a line a line of its own', () => {
    expect(wrapText('a verylongwordindeed b', 5)).toEqual(['a', 'verylongwordindeed', 'b']);
  });
});

describe('layoutAgeChart', () => {
  const bar = (service: number, from: number, to: number, row: number) => ({ service, from, to, row });

  it('puts ages 0 to 17 on the axis, one column a year across the whole width', () => {
    const layout = layoutAgeChart([]);
    expect(layout.width).toBe(CHART_WIDTH);
    expect(layout.ticks.map((tick) => tick.text)).toEqual(Array.from({ length: 18 }, (_, i) => String(i)));
    // Ages 0, 2, … 16 shaded, one year wide each.
    expect(layout.bands.map((band) => band.x)).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16].map(yearEdge));
    expect(layout.bands[0]!.width).toBeCloseTo(YEAR_WIDTH, 1);
    expect(yearEdge(18)).toBeCloseTo(CHART_WIDTH - 6);
  });

  it('draws a bar from the start of its first year to the end of its last', () => {
    const [row] = layoutAgeChart([{ bar: bar(4, 1, 3, 0), label: '第4项 托育服务', ages: '1–3岁' }]).rows;
    expect(row!.rect.x).toBeCloseTo(yearEdge(1));
    expect(row!.rect.width).toBeCloseTo(3 * YEAR_WIDTH, 1);
  });

  it('stacks the rows in their order, each label above its bar, and grows the chart to hold them', () => {
    const layout = layoutAgeChart([
      { bar: bar(2, 0, 6, 1), label: 'second', ages: '0–6' },
      { bar: bar(1, 0, 6, 0), label: 'first', ages: '0–6' },
    ]);
    const [first, second] = layout.rows;
    expect(first!.label[0]!.text).toBe('first');
    expect(first!.label[0]!.y).toBeLessThan(first!.rect.y);
    expect(second!.label[0]!.y).toBeGreaterThan(first!.rect.y + first!.rect.height);
    expect(layout.height).toBeGreaterThan(second!.rect.y + second!.rect.height);
  });

  it('makes each whole row the place to tap, label and bar, without overlapping the next', () => {
    const [first, second] = layoutAgeChart([
      { bar: bar(1, 0, 6, 0), label: 'first', ages: '0–6' },
      { bar: bar(2, 0, 6, 1), label: 'second', ages: '0–6' },
    ]).rows;
    const { area } = first!;
    expect(area).toMatchObject({ x: 0, width: CHART_WIDTH });
    expect(area.y).toBeLessThan(first!.label[0]!.y - FONT.label);
    expect(area.y + area.height).toBeGreaterThan(first!.rect.y + first!.rect.height);
    expect(area.y + area.height).toBeLessThanOrEqual(second!.area.y);
  });

  it('writes the ages after a bar where there is room, else inside it', () => {
    const [short, full] = layoutAgeChart([
      { bar: bar(1, 0, 6, 0), label: 'a', ages: 'Ages 0–6' },
      { bar: bar(2, 0, 17, 1), label: 'b', ages: 'Ages 0–17' },
    ]).rows;
    expect(short!.ages).toMatchObject({ inside: false, anchor: 'start' });
    expect(short!.ages.x).toBeGreaterThan(short!.rect.x + short!.rect.width);
    expect(full!.ages).toMatchObject({ inside: true, anchor: 'start' });
  });

  it('writes them before a narrow bar at the right edge', () => {
    const [row] = layoutAgeChart([{ bar: bar(1, 16, 17, 0), label: 'a', ages: 'Ages 16–17' }]).rows;
    expect(row!.ages).toMatchObject({ inside: false, anchor: 'end' });
    expect(row!.ages.x).toBeLessThan(row!.rect.x);
  });

  it('wraps a long label so no line is wider than the chart', () => {
    const label = 'Service 42 · A very long service name that could never fit on one line of a phone';
    const [row] = layoutAgeChart([{ bar: bar(42, 0, 3, 0), label, ages: '0–3' }]).rows;
    expect(row!.label.length).toBeGreaterThan(1);
    for (const line of row!.label) expect(estimateEm(line.text) * FONT.label).toBeLessThanOrEqual(CHART_WIDTH - 12);
    expect(row!.label.map((line) => line.text).join(' ')).toBe(label);
  });
});
