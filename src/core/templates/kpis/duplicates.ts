/**
 * SPEC §11.8 `duplicate-kpi`: one indicator measured twice in one period.
 * Every repeat after the first is reported, naming the first.
 */
import type { MonthKey } from '../../model';
import { matchKey } from '../../text/normalise';

export interface KpiKey {
  readonly indicator: string;
  /** Null when the row has no period (a sheet without a period column is one period). */
  readonly period: MonthKey | null;
}

/** For each row, the index of the earlier row it repeats, or null. */
export function repeatedKpis(rows: readonly KpiKey[]): (number | null)[] {
  const first = new Map<string, number>();
  return rows.map((row, index) => {
    if (row.indicator.trim() === '') return null;
    const key = `${row.period ?? ''}\u0000${matchKey(row.indicator)}`;
    const earlier = first.get(key);
    if (earlier !== undefined) return earlier;
    first.set(key, index);
    return null;
  });
}
