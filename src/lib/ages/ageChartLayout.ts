/**
 * Where everything of the age chart goes, in the SVG's own units, worked out at build time so the
 * page ships a finished drawing and no script. The chart is drawn 320 units wide and scaled to the
 * screen (viewBox), so a 360 px phone shows it whole; labels are wrapped here, since SVG text does
 * not wrap by itself.
 */
import { MAX_AGE } from '../eligibility/answers.ts';
import type { AgeBar } from './ageChart.ts';

export const CHART_WIDTH = 320;
export const FONT = { label: 14, tick: 11, ages: 13 } as const;

const PAD_X = 6;
const PLOT_LEFT = PAD_X;
const PLOT_RIGHT = CHART_WIDTH - PAD_X;
const AGE_COUNT = MAX_AGE + 1;
/** One whole year of age, in units. */
export const YEAR_WIDTH = (PLOT_RIGHT - PLOT_LEFT) / AGE_COUNT;
const AXIS_TITLE_Y = 14;
const TICK_Y = 32;
const BANDS_TOP = 20;
const FIRST_ROW_TOP = 42;
const LINE_HEIGHT = 18;
const BAR_HEIGHT = 18;
const ROW_GAP = 14;

export interface ChartText {
  text: string;
  x: number;
  y: number;
}

export interface ChartRowLayout {
  bar: AgeBar;
  /** The whole row, label and bar: where a tap or click opens the service. */
  area: { x: number; y: number; width: number; height: number };
  /** The service's code and name, wrapped to the chart's width; baselines. */
  label: ChartText[];
  rect: { x: number; y: number; width: number; height: number };
  /** The ages in words, after the bar where there is room, else inside it (light on dark) or before it. */
  ages: ChartText & { anchor: 'start' | 'end'; inside: boolean };
}

export interface AgeChartLayout {
  width: number;
  height: number;
  axisTitle: { x: number; y: number };
  /** One a year, centred over its column. */
  ticks: ChartText[];
  /**
   * Every other year shaded from the axis to the last bar, so the eye can follow a column down to
   * a bar's ends; bands, not lines, so no line crosses a label.
   */
  bands: { x: number; y: number; width: number; height: number }[];
  rows: ChartRowLayout[];
}

/** CJK characters and full-width forms: the ones a line may break between, each 1 em wide. */
const FULL_WIDTH = '\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF';
const FULL_WIDTH_CHAR = new RegExp(`[${FULL_WIDTH}]`, 'u');
/** A full-width character alone; a run of anything else with the spaces after it; spaces. */
const LABEL_PIECE = new RegExp(`[${FULL_WIDTH}]|[^\\s${FULL_WIDTH}]+\\s*|\\s+`, 'gu');

/**
 * A text's width in em, estimated: Chinese and other full-width characters are 1 em, the rest at
 * most 0.62 em in the system fonts the site uses. Generous on purpose, so a label never runs off.
 */
export function estimateEm(text: string): number {
  let em = 0;
  for (const char of text) em += FULL_WIDTH_CHAR.test(char) ? 1 : 0.62;
  return em;
}

/**
 * Breaks a label into lines no wider than `maxEm`: between words in English, between any two
 * characters in Chinese. A single word longer than a line keeps its own line.
 * @example wrapText('Service 5 · Preschool education services', 14) // ['Service 5 · Preschool', 'education services']
 */
export function wrapText(text: string, maxEm: number): string[] {
  // Spaces stay with the word before them, so a line never starts with one.
  const pieces = text.match(LABEL_PIECE) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line !== '' && estimateEm((line + piece).trimEnd()) > maxEm) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line += piece;
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Two decimals are finer than any screen shows, and keep the page's markup short. */
const round = (n: number) => Math.round(n * 100) / 100;

/** The x where an age's column starts (`age` 0–18; 18 is the right edge). */
export const yearEdge = (age: number) => round(PLOT_LEFT + age * YEAR_WIDTH);

/**
 * Lays out the chart: the axis of ages 0–17 at the top, then per bar its label and the bar itself.
 * `label` and `ages` are the already translated words (`第1项 儿童保健`, `0–6岁`).
 */
export function layoutAgeChart(rows: readonly { bar: AgeBar; label: string; ages: string }[]): AgeChartLayout {
  const layoutRows: ChartRowLayout[] = [];
  let top = FIRST_ROW_TOP;
  for (const { bar, label, ages } of [...rows].sort((a, b) => a.bar.row - b.bar.row)) {
    const lines = wrapText(label, (PLOT_RIGHT - PLOT_LEFT) / FONT.label);
    const labelTexts = lines.map((text, i) => ({ text, x: PLOT_LEFT, y: top + FONT.label + i * LINE_HEIGHT }));
    const rect = {
      x: yearEdge(bar.from),
      y: top + lines.length * LINE_HEIGHT + 6,
      width: round(yearEdge(bar.to + 1) - yearEdge(bar.from)),
      height: BAR_HEIGHT,
    };
    const agesWidth = estimateEm(ages) * FONT.ages;
    const baseline = round(rect.y + BAR_HEIGHT / 2 + FONT.ages * 0.35);
    const roomAfter = PLOT_RIGHT - (rect.x + rect.width);
    const agesText =
      roomAfter >= agesWidth + 4
        ? { text: ages, x: round(rect.x + rect.width + 4), y: baseline, anchor: 'start' as const, inside: false }
        : rect.width >= agesWidth + 8
          ? { text: ages, x: round(rect.x + 4), y: baseline, anchor: 'start' as const, inside: true }
          : { text: ages, x: round(rect.x - 4), y: baseline, anchor: 'end' as const, inside: false };
    const area = { x: 0, y: top - ROW_GAP / 2, width: CHART_WIDTH, height: rect.y + BAR_HEIGHT - top + ROW_GAP };
    layoutRows.push({ bar, area, label: labelTexts, rect, ages: agesText });
    top = rect.y + BAR_HEIGHT + ROW_GAP;
  }
  const bottom = top - ROW_GAP + 6;
  return {
    width: CHART_WIDTH,
    height: bottom + 2,
    axisTitle: { x: PLOT_LEFT, y: AXIS_TITLE_Y },
    ticks: Array.from({ length: AGE_COUNT }, (_, age) => ({ text: String(age), x: round(yearEdge(age) + YEAR_WIDTH / 2), y: TICK_Y })),
    bands: Array.from({ length: Math.ceil(AGE_COUNT / 2) }, (_, i) => ({
      x: yearEdge(2 * i),
      y: BANDS_TOP,
      width: round(yearEdge(2 * i + 1) - yearEdge(2 * i)),
      height: bottom - BANDS_TOP,
    })),
    rows: layoutRows,
  };
}
