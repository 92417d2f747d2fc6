/**
 * A calendar sheet as the formulas need it, written with ExcelJS for the
 * LibreOffice proofs and the recalculation bench: the OpsCalendar table (日期 ·
 * 类型 · 说明) at A1, the core's full-day index beside it, and the workbook
 * names the deadline and highlight formulas read.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../../../src/core';
import { workdayIndexBlock, type WorkdayIndexBlock } from '../../../src/core/calendar';
import { serial } from '../../cli/support/workbooks';

export const CALENDAR_SHEET = '工作日历';
export const INDEX_COLUMN = 4;

/** `[day, type as typed, note]` rows of the table. */
export type CalendarRow = readonly [string, string, string];

export function addCalendarSheet(
  workbook: ExcelJS.Workbook,
  rows: readonly CalendarRow[],
  firstYear: number,
): WorkdayIndexBlock {
  const sheet = workbook.addWorksheet(CALENDAR_SHEET);
  sheet.addTable({
    name: 'OpsCalendar',
    ref: 'A1',
    headerRow: true,
    columns: [{ name: '日期' }, { name: '类型' }, { name: '说明' }],
    rows: rows.map(([day, type, note]) => [serial(day), type, note]),
  });
  rows.forEach((_row, r) => (sheet.getCell(r + 2, 1).numFmt = 'yyyy-mm-dd'));
  const block = workdayIndexBlock(
    { tableDate: 0, tableType: 1, column: INDEX_COLUMN, headerRow: 0, firstYear },
    'zh-CN',
  );
  block.headers.forEach((header, i) => (sheet.getCell(1, INDEX_COLUMN + i + 1).value = header));
  block.rows.forEach((cells, r) => {
    cells.forEach((cell, i) => {
      const target = sheet.getCell(r + 2, INDEX_COLUMN + i + 1);
      target.value =
        cell.kind === 'formula'
          ? { formula: cell.formula.slice(1) }
          : cell.kind === 'date'
            ? serial(cell.day)
            : null;
      target.numFmt = block.numberFormats[i]!;
    });
  });
  for (const name of block.names) {
    const letter = columnLetter(name.column);
    workbook.definedNames.add(
      `'${CALENDAR_SHEET}'!$${letter}$${name.firstRow + 1}:$${letter}$${name.lastRow + 1}`,
      name.name,
    );
  }
  return block;
}
