/**
 * A read row as the after-all-rows hooks get it (`ReadRow`): its record, and
 * where to report or count working days on its line.
 *
 * One object per row, its hooks made on the prototype: every row of the
 * workbook is kept until all are read, and a pair of closures per row (with
 * a context each for the row number) was a tenth of what a 10,000-row
 * review kept past a young-generation collection (issue 16). It holds the
 * row's number, never the `RowRead`: that would keep its cells, read values
 * and methods alive (50k rows: ~60 MB).
 */
import type { CalendarCoverage } from '../calendar';
import type { IssueCode, Severity } from '../model';
import type { AddWorkingDays, ReadRow, RecordBase } from '../templates/module';
import { calendarUse, reportOn, type Params, type SheetState } from './sheetState';

export class KeptRow implements ReadRow<RecordBase, string> {
  constructor(
    readonly record: RecordBase,
    private readonly sheet: SheetState,
    private readonly sheetRow: number,
    /** The run's coverage when the hooks run: the kinds' own calendar, once they contributed one. */
    private readonly coverage: () => CalendarCoverage,
  ) {}

  // Getters, so a hook may take `report` out of the row (`for (const { record, report } of rows)`)
  // and still report on its line; the bound function is made only when a hook asks.
  get addWorkingDaysAt(): (field: string) => AddWorkingDays {
    return (field) =>
      this.coverage().addWorkingDaysAt(
        calendarUse(this.sheet, this.sheetRow, field, this.sheet.binding.columns.get(field)),
      );
  }

  get report(): (field: string, severity: Severity, code: string, params?: Params) => void {
    return (field, severity, code, params) => {
      const column = this.sheet.binding.columns.get(field);
      if (column !== undefined)
        reportOn(this.sheet, this.sheetRow, field, column, severity, code as IssueCode, params);
    };
  }
}
