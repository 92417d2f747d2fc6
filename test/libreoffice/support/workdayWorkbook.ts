/**
 * The work calendar as a person gets it: the `calendar` template inserted by
 * our .xlsx writer (the package's days for the year before the insert's, its
 * year and the next; the full-day index beside the table; the workbook
 * names), then more rows typed
 * into the table the way Excel grows it. Used by the LibreOffice proofs and
 * the recalculation bench.
 */
import type ExcelJS from 'exceljs';
import { STATUTORY_CALENDAR } from '../../../src/calendarData/statutory';
import { planTemplate, type CalendarDay, type SheetPlan } from '../../../src/core';
import { writeSheetPlan } from '../../../src/xlsx/writePlan';
import { serial, typeIntoTable } from '../../cli/support/workbooks';

/** `[day, type as typed, note]` rows typed into the table after the insert. */
export type CalendarRow = readonly [string, string, string];

export interface InsertedCalendar {
  readonly plan: SheetPlan;
  readonly sheetName: string;
}

export function addCalendarSheet(
  workbook: ExcelJS.Workbook,
  insertedOn: CalendarDay,
  typed: readonly CalendarRow[],
): InsertedCalendar {
  const plan = planTemplate('calendar', 'zh-CN', undefined, {
    today: insertedOn,
    statutory: STATUTORY_CALENDAR,
  });
  const { sheetName, tableName } = writeSheetPlan(workbook, plan);
  // Typed below the inserted rows: the table grows over them, as in Excel.
  const inserted = plan.rows.map((cells) =>
    cells.map((cell) =>
      cell.kind === 'date' ? serial(cell.day) : cell.kind === 'text' ? cell.text : null,
    ),
  );
  typeIntoTable(workbook, tableName, [
    ...inserted,
    ...typed.map(([day, type, note]) => [serial(day), type, note]),
  ]);
  return { plan, sheetName };
}
