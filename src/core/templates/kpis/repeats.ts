/** SPEC §11.8 `duplicate-kpi` across the rows of one sheet, reported on the repeat's indicator cell. */
import { coreText } from '../../messages';
import type { AfterAllContext, ReadRow } from '../module';
import { repeatedKpis } from './duplicates';
import type { KpiIssueCode } from './messages';
import type { KpiRecord } from './record';

/**
 * Per sheet: two departments' sheets may both measure 销售额 for a month; one
 * sheet listing it twice is the mistake.
 */
export function reportRepeatedKpis(
  rows: readonly ReadRow<KpiRecord, KpiIssueCode>[],
  { locale }: AfterAllContext,
): void {
  const bySheet = new Map<string, ReadRow<KpiRecord, KpiIssueCode>[]>();
  for (const row of rows) {
    const sheet = bySheet.get(row.record.sheet) ?? [];
    sheet.push(row);
    bySheet.set(row.record.sheet, sheet);
  }
  for (const sheetRows of bySheet.values()) {
    const repeats = repeatedKpis(sheetRows.map(({ record }) => record));
    repeats.forEach((first, index) => {
      const repeat = sheetRows[index];
      const earlier = first === null ? undefined : sheetRows[first];
      if (!repeat || !earlier) return;
      repeat.report('indicator', 'error', 'duplicate-kpi', {
        value: repeat.record.indicator,
        period: repeat.record.period ?? '—',
        firstRow: coreText(locale, 'where.row', { row: earlier.record.row }),
      });
    });
  }
}
