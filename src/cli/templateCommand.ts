/** `template <kind|all> --out file.xlsx`: writes template sheets, adding to an existing file. */
import { stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { STATUTORY_CALENDAR } from '../calendarData/statutory';
import { kindsOfChoice, planTemplate, type CalendarDay, type Locale } from '../core';
import { writeSheetPlan } from '../xlsx/writePlan';
import { openWorkbook, saveWorkbook } from '../xlsx/workbook';
import type { TemplateChoice } from './args';
import { withFileFailures } from './fileFailure';
import { refuseToLoseFeatures } from './keepFeatures';
import { printLines, sayIn, type CliIo } from './io';

async function exists(filePath: string): Promise<boolean> {
  return stat(filePath).then(
    () => true,
    () => false,
  );
}

export async function runTemplate(
  choice: TemplateChoice,
  out: string,
  locale: Locale,
  io: CliIo,
  today: CalendarDay,
): Promise<number> {
  const kinds = kindsOfChoice(choice);
  const say = sayIn(locale);
  // An existing file gains new sheets; nothing already in it is replaced (SPEC §8).
  const appended = await exists(out);
  const workbook = appended
    ? await withFileFailures(() => openWorkbook(out))
    : new ExcelJS.Workbook();
  if (appended) await refuseToLoseFeatures(out, say);
  const written = kinds.map((kind) =>
    writeSheetPlan(
      workbook,
      planTemplate(kind, locale, undefined, { today, statutory: STATUTORY_CALENDAR }),
    ),
  );
  await withFileFailures(() => saveWorkbook(workbook, out));

  printLines(io, [
    say('templateWritten', { path: out }),
    ...written.map((sheet) =>
      say('templateSheet', { sheet: sheet.sheetName, table: sheet.tableName }),
    ),
    ...(appended ? [say('templateAppended')] : []),
  ]);
  return 0;
}
