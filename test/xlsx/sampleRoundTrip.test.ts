/**
 * `.xlsx` round trip for every template with a handbook example (issues 12
 * and 13), from the registry: the sheet our writer produces with the example
 * rows, saved and read back by the CLI's reader, is recognised as its kind
 * (our table), reads the same records with the same issues as the plan's rows
 * handed to the core directly, and no error. Live formula columns come back as
 * formulas.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import {
  dayToSerial,
  planTemplate,
  readWorkbook,
  TEMPLATES,
  type Issue,
  type Locale,
  type PlanCell,
  type TemplateKind,
} from '../../src/core';
import { buildWorkingCalendar } from '../../src/core/calendar';
import { readWorkbookGrids } from '../../src/xlsx/readFile';
import { writeSheetPlan } from '../../src/xlsx/writePlan';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-sample-round-trip-'));
const TODAY = '2026-02-20';
const options = (locale: Locale) => ({
  today: TODAY,
  locale,
  calendar: buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] }),
  statutory: STATUTORY_CALENDAR,
});

/** A plan cell as a sheet holds it once typed (a formula's value is not read). */
function gridValue(cell: PlanCell): unknown {
  switch (cell.kind) {
    case 'date':
      return dayToSerial(cell.day);
    case 'text':
      return cell.text;
    case 'number':
      return cell.value;
    default:
      return null;
  }
}

const WITH_SAMPLE = TEMPLATES.filter((template) => template.sample !== undefined).map(
  (template) => template.kind as TemplateKind,
);

describe('.xlsx round trip of every handbook example', () => {
  it('covers the process pack', () => {
    expect(WITH_SAMPLE).toEqual(
      expect.arrayContaining([
        'notices',
        'actions',
        'milestones',
        'customers',
        'approvals',
        'training',
        'raci',
        'kpis',
        'risks',
      ]),
    );
  });

  it.each(WITH_SAMPLE.flatMap((kind) => (['zh-CN', 'en-US'] as const).map((l) => [kind, l])))(
    '%s (%s): written, saved, read back as the same rows with the same issues',
    async (kind, locale) => {
      const plan = planTemplate(kind as TemplateKind, locale as Locale, undefined, {
        withSample: true,
      });
      const workbook = new ExcelJS.Workbook();
      writeSheetPlan(workbook, plan);
      const file = path.join(dir, `${kind}-${locale}.xlsx`);
      await workbook.xlsx.writeFile(file);

      const grids = await readWorkbookGrids(file);
      const reading = readWorkbook(grids, options(locale as Locale));
      expect(reading.sheets).toEqual([
        expect.objectContaining({ kind, ours: true, rows: plan.rows.length }),
      ]);
      expect(reading.records.get(kind as TemplateKind)).toHaveLength(plan.rows.length);

      // The same rows handed to the core straight from the plan (no file) read the same records.
      const direct = readWorkbook(
        [
          {
            sheetName: plan.sheetName,
            cells: [
              plan.columns.map((column) => column.header),
              ...plan.rows.map((cells) => cells.map(gridValue)),
            ],
            origin: { row: plan.anchor.row, column: plan.anchor.column },
            tableName: plan.tableName,
          },
        ],
        options(locale as Locale),
      );
      expect(reading.records.get(kind as TemplateKind)).toEqual(
        direct.records.get(kind as TemplateKind),
      );
      const located = (issues: readonly Issue[]) => issues.map((issue) => [issue.cell, issue.code]);
      expect(located(reading.issues)).toEqual(located(direct.issues));
      // Live formula columns come back as formulas.
      const saved = await new ExcelJS.Workbook().xlsx.readFile(file);
      const sheet = saved.getWorksheet(plan.sheetName)!;
      plan.rows.forEach((cells, r) =>
        cells.forEach((cell, c) => {
          if (cell.kind === 'formula')
            expect(sheet.getCell(r + 2, c + 1).value).toMatchObject({
              formula: expect.any(String),
            });
        }),
      );
      expect(reading.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    },
  );
});
