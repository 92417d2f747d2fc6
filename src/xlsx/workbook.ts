/**
 * Opening and saving `.xlsx` files through ExcelJS, for the writes that
 * build a workbook model (templates). File problems are `WorkbookFileError`s
 * (see workbookFile.ts).
 */
import { renameSync } from 'node:fs'; // sync: readFile.ts says why
import path from 'node:path';
import ExcelJS from 'exceljs';
import { assertWorkbookFile, removeQuietly, WorkbookFileError } from './workbookFile';

export { WorkbookFileError, type WorkbookFileProblem } from './workbookFile';

/** Reads a workbook, or throws a `WorkbookFileError` saying why it cannot be used. */
export async function openWorkbook(filePath: string): Promise<ExcelJS.Workbook> {
  await assertWorkbookFile(filePath);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(filePath);
  } catch (cause) {
    throw new WorkbookFileError('damaged', filePath, { cause });
  }
  return workbook;
}

/**
 * Writes through a temporary file beside the target and renames it, so a
 * failed write never leaves a half-written workbook where a good one was.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, filePath: string): Promise<void> {
  const temporary = path.join(
    path.dirname(filePath),
    `.${path.basename(filePath)}.${process.pid}.tmp`,
  );
  // Formulas are written without cached results: Excel and LibreOffice compute them on open.
  workbook.calcProperties.fullCalcOnLoad = true;
  try {
    await workbook.xlsx.writeFile(temporary);
    renameSync(temporary, filePath);
  } catch (cause) {
    removeQuietly(temporary);
    throw new WorkbookFileError('write-failed', filePath, { cause });
  }
}
