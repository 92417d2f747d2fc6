/**
 * One data row of a bound grid: its cells by field, and a reporter that puts
 * issues on the right sheet cell in the caller's language.
 */
import { cellAddress } from '../address';
import { kindOfTable, type Binding } from '../headers/bind';
import type { Locale } from '../i18n';
import { issueMessage } from '../messages';
import type { Grid, Issue, IssueCode, Severity } from '../model';
import { cellText, isBlankCell } from '../values/cell';
import type { DayOrder } from '../values/dates';
import type { DayOrders } from './dayOrders';

export class RowReader {
  /** One-based sheet row. */
  readonly sheetRow: number;
  /** One of our tables (its formulas need real dates), not a team's own sheet. */
  readonly ours: boolean;

  constructor(
    readonly grid: Grid,
    readonly binding: Binding,
    private readonly cells: readonly unknown[],
    rowIndex: number,
    readonly locale: Locale,
    private readonly issues: Issue[],
    private readonly dayOrders: DayOrders = new Map(),
  ) {
    this.sheetRow = grid.origin.row + rowIndex + 1;
    this.ours = kindOfTable(grid.tableName) === binding.kind;
  }

  /** How the column writes `10-05-2024`, when its content decides it. */
  dayOrder(column: number): DayOrder | null {
    return this.dayOrders.get(column) ?? null;
  }

  column(field: string): number | undefined {
    return this.binding.columns.get(field);
  }

  has(field: string): boolean {
    return this.binding.columns.has(field);
  }

  /** The raw cell value, as the grid holds it. */
  valueAt(column: number): unknown {
    return this.cells[column];
  }

  textAt(column: number): string {
    return cellText(this.cells[column]);
  }

  report(
    field: string,
    column: number,
    severity: Severity,
    code: IssueCode,
    params?: Readonly<Record<string, string | number>>,
  ): void {
    this.issues.push({
      sheet: this.grid.sheetName,
      cell: cellAddress(this.sheetRow - 1, this.grid.origin.column + column),
      row: this.sheetRow,
      field,
      severity,
      code,
      message: issueMessage(this.locale, code, params),
    });
  }
}

/** SPEC §3: a row whose cells are all empty is not a row. Only bound columns count. */
export function isEmptyRow(cells: readonly unknown[], binding: Binding): boolean {
  for (const column of binding.columns.values()) if (!isBlankCell(cells[column])) return false;
  return binding.rangeColumn === null || isBlankCell(cells[binding.rangeColumn]);
}
