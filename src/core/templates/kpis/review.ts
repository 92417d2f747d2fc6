/** SPEC §11.8 / §11.10 the review's `kpis` section: every KPI of period M. */
import { translate, type Locale } from '../../i18n';
import { rowItem, type Json, type ReviewSection } from '../module';
import { KPI_TEXT } from './messages';
import type { KpiRecord } from './record';

export interface KpiLine {
  readonly [key: string]: Json;
  readonly indicator: string;
  readonly family: string | null;
  readonly period: string;
  readonly target: number | null;
  readonly actual: number | null;
  readonly attainment: number | null;
  readonly status: 'met' | 'atRisk' | 'missed' | null;
}

/** Attainment as a fraction to 4 decimals (1.0400 → 1.04, 2 ÷ 2.5 → 0.8). */
const roundRatio = (ratio: number | null): number | null =>
  ratio === null ? null : Math.round(ratio * 10_000) / 10_000;

const percent = (ratio: number | null, locale: Locale): string =>
  ratio === null ? translate(KPI_TEXT, locale, 'noFigure') : `${(ratio * 100).toFixed(1)}%`;

const figure = (value: number | null, locale: Locale): string =>
  value === null ? translate(KPI_TEXT, locale, 'noFigure') : String(value);

function lineOf(kpi: KpiLine, locale: Locale): string {
  return translate(KPI_TEXT, locale, 'line', {
    indicator: kpi.indicator,
    target: figure(kpi.target, locale),
    actual: figure(kpi.actual, locale),
    attainment: percent(kpi.attainment, locale),
    status: translate(KPI_TEXT, locale, kpi.status ?? 'noStatus'),
  });
}

const countOf = (section: readonly KpiLine[], status: KpiLine['status']): number =>
  section.filter((kpi) => kpi.status === status).length;

/** The KPIs of period M, in sheet order: the section's items and the card's rows. */
const ofPeriod = (records: readonly KpiRecord[], month: string): KpiRecord[] =>
  records.filter((kpi) => kpi.period === month);

export const KPI_REVIEW: ReviewSection<KpiRecord, readonly KpiLine[]> = {
  key: 'kpis',
  build: ({ records, present, month }) =>
    present
      ? ofPeriod(records, month).map((kpi) => ({
          indicator: kpi.indicator,
          family: kpi.family,
          period: month,
          target: kpi.target,
          actual: kpi.actual,
          attainment: roundRatio(kpi.attainment),
          status: kpi.status,
        }))
      : null,
  lines: (section, { month, options: { locale } }) =>
    section.length === 0
      ? [translate(KPI_TEXT, locale, 'none', { month })]
      : [
          translate(KPI_TEXT, locale, 'summary', {
            month,
            met: countOf(section, 'met'),
            atRisk: countOf(section, 'atRisk'),
            missed: countOf(section, 'missed'),
          }),
          ...section.map((kpi) => lineOf(kpi, locale)),
        ],
  card: (section, { records, month, options, locate }) => {
    const { locale } = options;
    const rows = ofPeriod(records, month);
    const count = (status: KpiLine['status']): string => String(countOf(section, status));
    return {
      title: translate(KPI_TEXT, locale, 'title', { month }),
      figures: [
        { label: translate(KPI_TEXT, locale, 'met'), value: count('met') },
        { label: translate(KPI_TEXT, locale, 'atRisk'), value: count('atRisk') },
        { label: translate(KPI_TEXT, locale, 'missed'), value: count('missed') },
      ],
      items: section.map((kpi, index) => rowItem(lineOf(kpi, locale), rows[index], locate)),
    };
  },
};
