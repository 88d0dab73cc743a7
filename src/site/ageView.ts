/** Builds what the age view (/ages/) shows in one language, from the checked content. */
import { useTranslations } from '../i18n/translate.ts';
import { ageBars, stageGroups, type AgeBar } from '../lib/ages/ageChart.ts';
import { layoutAgeChart, type AgeChartLayout, type ChartRowLayout } from '../lib/ages/ageChartLayout.ts';
import { serviceByNumber } from '../lib/content/relations.ts';
import type { Stage } from '../lib/eligibility/answers.ts';
import { contentSide, localisedPath, type Language } from '../lib/paths.ts';
import { getSiteContent } from './siteContent.ts';

/** A service as the age view names it: `第1项 儿童保健`, and where its page is. */
export interface AgeViewService {
  number: number;
  label: string;
  href: string;
}

export interface AgeRow extends AgeViewService {
  bar: AgeBar;
  /** `0–6岁`, `Ages 0–6`. */
  ages: string;
  /** The bar's link text for screen readers: label and ages together. */
  name: string;
}

/** A bar of the chart as laid out, with the link it opens and its name for screen readers. */
export interface AgeChartBar extends ChartRowLayout {
  href: string;
  name: string;
}

export interface AgeView {
  rows: AgeRow[];
  layout: AgeChartLayout;
  /** The chart's bars, in the layout's order. */
  bars: AgeChartBar[];
  stages: { stage: Stage; services: (AgeViewService & { toConfirm: boolean })[] }[];
  /** How many services state neither an age nor a stage. */
  otherCount: number;
  /** How many services the list has. */
  serviceCount: number;
}

export async function buildAgeView(lang: Language): Promise<AgeView> {
  const content = await getSiteContent();
  const { services } = content;
  const t = useTranslations(lang);
  const side = contentSide(lang);
  const named = (number: number): AgeViewService => ({
    number,
    label: `${t('service.code', { number })}${t('list.colon')}${serviceByNumber(content, number)[side].name}`,
    href: localisedPath(lang, `/services/${number}/`),
  });
  const rows = ageBars(services).map((bar) => {
    const ages = t('ages.range', { from: bar.from, to: bar.to });
    const service = named(bar.service);
    return { ...service, bar, ages, name: t('ages.barName', { label: service.label, ages }) };
  });
  const stages = stageGroups(services).map((group) => ({
    stage: group.stage,
    services: group.services.map((entry) => ({ ...named(entry.service), toConfirm: entry.toConfirm })),
  }));
  const shown = new Set([...rows.map((row) => row.number), ...stages.flatMap((group) => group.services.map((s) => s.number))]);
  const layout = layoutAgeChart(rows);
  const rowOf = new Map(rows.map((row) => [row.number, row]));
  const bars = layout.rows.map((laidOut) => {
    const row = rowOf.get(laidOut.bar.service);
    if (!row) throw new Error(`The age chart laid out service ${laidOut.bar.service}, which has no row`);
    return { ...laidOut, href: row.href, name: row.name };
  });
  return { rows, layout, bars, stages, otherCount: services.length - shown.size, serviceCount: services.length };
}
