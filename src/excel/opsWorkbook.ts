/**
 * The workbook the pane and the ribbon work on: the shared use cases
 * (`src/app/`) over the Excel port, plus selecting a cell Check reported.
 */
import { STATUTORY_CALENDAR } from '../calendarData/statutory';
import type { OpsWorkbook } from '../app/api';
import { workbookUseCases } from '../app/workbookUseCases';
import { excelRun, type ExcelRun } from './context';
import { officeHost, requireCoreApi, type OfficeHost } from './host';
import { runInExcel } from './run';
import { selectCellInSheet } from './selectCell';
import { excelWorkbookPort } from './workbookPort';

export function createOpsWorkbook(
  run: ExcelRun = excelRun,
  host: OfficeHost = officeHost(),
  clock: () => Date = () => new Date(),
): OpsWorkbook {
  return {
    ...workbookUseCases(excelWorkbookPort(run, host), { clock, statutory: STATUTORY_CALENDAR }),
    selectCell(sheetName, address) {
      requireCoreApi(host);
      return runInExcel(run, (context) => selectCellInSheet(context, sheetName, address));
    },
  };
}
