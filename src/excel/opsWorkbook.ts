/**
 * The workbook the pane and the ribbon work on: the shared use cases
 * (`src/app/`) over the Excel port, plus what only Excel has: selecting a
 * cell Check reported, what the workbook holds, and its change events.
 */
import { STATUTORY_CALENDAR } from '../calendarData/statutory';
import type { OpsWorkbook } from '../app/api';
import { workbookUseCases } from '../app/workbookUseCases';
import { excelRun, type ExcelRun } from './context';
import { describeWorkbook } from './describeWorkbook';
import { officeHost, requireCoreApi, type OfficeHost } from './host';
import { runInExcel } from './run';
import { selectCellInSheet } from './selectCell';
import { changeWatch } from './watchChanges';
import { excelWorkbookPort } from './workbookPort';

export function createOpsWorkbook(
  run: ExcelRun = excelRun,
  host: OfficeHost = officeHost(),
  clock: () => Date = () => new Date(),
): OpsWorkbook {
  const changes = changeWatch(run, host);
  return {
    ...workbookUseCases(excelWorkbookPort(run, host), { clock, statutory: STATUTORY_CALENDAR }),
    selectCell(sheetName, address) {
      requireCoreApi(host);
      return runInExcel(run, (context) => selectCellInSheet(context, sheetName, address));
    },
    describeWorkbook() {
      requireCoreApi(host);
      return runInExcel(run, (context) => describeWorkbook(context, clock()));
    },
    watchChanges: (onChange) => changes.watch(onChange),
  };
}
