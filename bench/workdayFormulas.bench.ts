/**
 * What the live working-day formulas cost a real engine: LibreOffice headless
 * (fresh profile, every formula recalculated on load) opens and recalculates
 * a workbook with the calendar sheet (inserted in 2025: the package's
 * 2024–2026 days and the ten-year full-day index from 2024) and 10k approval-like rows, each with three level deadlines (1, 2, 3
 * working days, chained) and an overdue flag. Baselines: the same rows as
 * plain values, and the calendar sheet alone. `npm run bench workdayFormulas`
 * prints one JSON line per workbook; skipped without soffice.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addWorkingDaysFormula, INDEX_DAYS } from '../src/core/calendar';
import { addDays } from '../src/core/values/calendar';
import { serial } from '../test/cli/support/workbooks';
import {
  CSV_ALL_SHEETS,
  findSoffice,
  LibreOfficeSession,
  parseCsv,
} from '../test/libreoffice/support/soffice';
import { addCalendarSheet } from '../test/libreoffice/support/workdayWorkbook';

const ROWS = 10_000;
const soffice = findSoffice();

type Variant = 'calendarOnly' | 'valuesOnly' | 'deadlineFormulas';

async function write(file: string, variant: Variant): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  addCalendarSheet(workbook, '2025-03-01', []);
  if (variant !== 'calendarOnly') {
    const sheet = workbook.addWorksheet('Approvals');
    for (let r = 0; r < ROWS; r += 1) {
      const row = r + 1;
      sheet.getCell(row, 1).value = serial(addDays('2024-01-01', (r * 7919) % 1096));
      if (variant === 'valuesOnly') continue;
      sheet.getCell(row, 2).value = { formula: addWorkingDaysFormula(`A${row}`, 1) };
      sheet.getCell(row, 3).value = { formula: addWorkingDaysFormula(`B${row}`, 2) };
      sheet.getCell(row, 4).value = { formula: addWorkingDaysFormula(`C${row}`, 3) };
      sheet.getCell(row, 5).value = { formula: `TODAY()>D${row}` };
    }
  }
  await workbook.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  if (!soffice) {
    console.log(JSON.stringify({ name: 'calendar.libreoffice', skipped: 'soffice not found' }));
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-bench-workdays-'));
  const session = new LibreOfficeSession(soffice);
  // The first conversion also builds the fresh profile: do it once outside the timings.
  const warm = path.join(dir, 'warm.xlsx');
  await write(warm, 'calendarOnly');
  session.convert(warm, CSV_ALL_SHEETS);
  for (const variant of ['calendarOnly', 'valuesOnly', 'deadlineFormulas'] as const) {
    const file = path.join(dir, `${variant}.xlsx`);
    await write(file, variant);
    const started = performance.now();
    const result = session.convert(file, CSV_ALL_SHEETS);
    const wallMs = performance.now() - started;
    if (result.status !== 0) throw new Error(`LibreOffice failed: ${result.stderr}`);
    const approvals = result.outputs.find((output) => output.endsWith('-Approvals.csv'));
    const errors = approvals
      ? parseCsv(readFileSync(approvals, 'utf8'))
          .flat()
          .filter((cell) => /^(#|Err:)/.test(cell)).length
      : 0;
    console.log(
      JSON.stringify({
        name: `calendar.libreoffice.${variant}`,
        rows: variant === 'calendarOnly' ? 0 : ROWS,
        formulas: variant === 'deadlineFormulas' ? ROWS * 4 : 0,
        indexDays: INDEX_DAYS,
        openRecalcConvertMs: Math.round(wallMs),
        errorCells: errors,
      }),
    );
  }
}

void main();
