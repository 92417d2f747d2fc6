/** One indicator for one period as read from a row, with what the live columns compute. */
import type { MonthKey } from '../../model';
import type { RecordBase, RowContext } from '../module';
import { attainment, kpiStatus, yearOnYear, type KpiStatus } from './attainment';
import type { Direction } from './direction';
import { parseFamily, type KpiFamily } from './family';
import type { KpiIssueCode } from './messages';

export interface KpiRecord extends RecordBase {
  readonly indicator: string;
  /** A handbook family, else the team's own word, else null when blank. */
  readonly family: KpiFamily | string | null;
  readonly period: MonthKey | null;
  readonly unit: string;
  readonly direction: Direction | null;
  readonly target: number | null;
  readonly actual: number | null;
  readonly lastYear: number | null;
  readonly attainment: number | null;
  readonly yoy: number | null;
  /** Null when direction, target or actual is missing. */
  readonly status: KpiStatus | null;
  readonly owner: string | null;
}

function familyOf(row: RowContext<KpiIssueCode>): KpiFamily | string | null {
  const read = parseFamily(row.cell('family'));
  if (read.ok) return read.value;
  return read.reason === 'blank' ? null : read.text;
}

export function readKpi(row: RowContext<KpiIssueCode>): KpiRecord {
  const { values } = row;
  const direction = values.choice<Direction>('direction');
  const target = values.number('target');
  const actual = values.number('actual');
  const lastYear = values.number('lastYear');
  const known = direction !== null && target !== null && actual !== null;
  return {
    sheet: row.sheet,
    row: row.row,
    indicator: values.text('indicator'),
    family: familyOf(row),
    period: values.period('period'),
    unit: values.text('unit'),
    direction,
    target,
    actual,
    lastYear,
    attainment: known ? attainment(direction, target, actual) : null,
    yoy: actual !== null && lastYear !== null ? yearOnYear(actual, lastYear) : null,
    status: known ? kpiStatus(direction, target, actual) : null,
    owner: values.person('owner'),
  };
}
