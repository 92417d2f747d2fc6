/**
 * What reading one sheet shares between its rows, and the reporter every
 * row and every check across rows writes its issues through.
 */
import { cellAddress } from '../address';
import type { CalendarCoverage, CalendarUse } from '../calendar';
import type { EngineOptions } from '../engine';
import { formatMessage } from '../i18n';
import type { Grid, Issue, IssueCode, Severity } from '../model';
import { issueMessage } from '../templates/catalogue';
import type { Binding } from '../templates/module';
import type { DayOrders } from './dayOrders';
import type { IdRegistry } from './idRegistry';
import type { TemplateLayout } from './layout';

export type Params = Readonly<Record<string, string | number>>;

/** What reading one sheet shares between its rows. */
export interface SheetState {
  readonly grid: Grid;
  readonly binding: Binding;
  readonly layout: TemplateLayout;
  readonly options: EngineOptions;
  readonly ours: boolean;
  readonly issues: Issue[];
  readonly ids: IdRegistry;
  /** How each date column writes `10-05-2024`, where its content decides it. */
  readonly dayOrders: DayOrders;
  /** The run's working-day counter (one per run: each uncovered year is reported once). */
  readonly coverage: CalendarCoverage;
}

/** The cell a working-day computation of `field` belongs to. */
export function calendarUse(
  state: SheetState,
  sheetRow: number,
  field: string,
  column: number | undefined,
): CalendarUse {
  return {
    sheet: state.grid.sheetName,
    cell: cellAddress(sheetRow - 1, state.grid.origin.column + (column ?? 0)),
    row: sheetRow,
    field,
  };
}

/** Reports an issue on a sheet cell (grid-relative column). */
export function reportOn(
  state: SheetState,
  sheetRow: number,
  field: string,
  column: number,
  severity: Severity,
  code: IssueCode,
  params?: Params,
): void {
  state.issues.push({
    sheet: state.grid.sheetName,
    cell: cellAddress(sheetRow - 1, state.grid.origin.column + column),
    row: sheetRow,
    field,
    severity,
    code,
    message: messageOf(state, code, params),
  });
}

/** The template's own catalogue first (a module under test may be unregistered), then the merged one. */
function messageOf(state: SheetState, code: IssueCode, params?: Params): string {
  const locale = state.options.locale;
  const own = state.layout.template.issues?.[locale][code];
  return own === undefined ? issueMessage(locale, code, params) : formatMessage(own, params);
}
