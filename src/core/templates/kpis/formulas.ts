/**
 * SPEC §11.8 the KPI monitor's live columns (达成率, 同比, 状态). They compute
 * exactly what `attainment.ts` computes, so the sheet and Check agree; the
 * LibreOffice tests recalculate them against the core.
 */
import type { Locale } from '../../i18n';
import { choiceWords, isOneOf, quoted } from '../../plan/formulaWords';
import { AT_RISK, MET, RATIO_DECIMALS, type KpiStatus } from './attainment';
import { DIRECTION } from './direction';

/** A1 references of one row's cells, e.g. `$E3`. */
export interface KpiRowCells {
  readonly direction: string;
  readonly target: string;
  readonly actual: string;
  readonly lastYear: string;
  readonly attainment: string;
}

export const KPI_STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<KpiStatus, string>>>> = {
  'zh-CN': { met: '达标', atRisk: '预警', missed: '未达标' },
  'en-US': { met: 'Met', atRisk: 'At risk', missed: 'Missed' },
};

const higher = (cells: KpiRowCells): string =>
  isOneOf(cells.direction, choiceWords(DIRECTION, 'higher'));
const lower = (cells: KpiRowCells): string =>
  isOneOf(cells.direction, choiceWords(DIRECTION, 'lower'));
const figures = (cells: KpiRowCells): string =>
  `ISNUMBER(${cells.target}),ISNUMBER(${cells.actual})`;

/** Blank unless both figures are numbers, the direction is known and the divisor is above 0. */
export function attainmentFormula(cells: KpiRowCells): string {
  const { target, actual } = cells;
  return (
    `=IF(AND(${figures(cells)}),` +
    `IF(${higher(cells)},IF(${target}>0,${actual}/${target},""),` +
    `IF(${lower(cells)},IF(${actual}>0,${target}/${actual},""),"")),"")`
  );
}

export function yearOnYearFormula(cells: KpiRowCells): string {
  const { actual, lastYear } = cells;
  return `=IF(AND(ISNUMBER(${actual}),ISNUMBER(${lastYear})),IF(${lastYear}<>0,(${actual}-${lastYear})/ABS(${lastYear}),""),"")`;
}

/** From the attainment cell when it has a ratio, else from the plain comparison. */
export function statusFormula(cells: KpiRowCells, locale: Locale): string {
  const words = KPI_STATUS_LABELS[locale];
  const { target, actual, attainment } = cells;
  const ratio = `ROUND(${attainment},${RATIO_DECIMALS})`;
  const byRatio = `IF(${ratio}>=${MET},${quoted(words.met)},IF(${ratio}>=${AT_RISK},${quoted(words.atRisk)},${quoted(words.missed)}))`;
  const noWorse = `IF(${higher(cells)},${actual}>=${target},${actual}<=${target})`;
  const byComparison = `IF(${noWorse},${quoted(words.met)},${quoted(words.missed)})`;
  return (
    `=IF(AND(${figures(cells)},OR(${higher(cells)},${lower(cells)})),` +
    `IF(ISNUMBER(${attainment}),${byRatio},${byComparison}),"")`
  );
}
