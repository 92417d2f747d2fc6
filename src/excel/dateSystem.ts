/**
 * Which date system the workbook counts days in ("Use 1904 date system").
 * Office.js has no property for it, and `values` hand over serials as the
 * workbook stores them: 1,462 lower in a 1904 workbook than the 1900-system
 * serials the core counts. The workbook's own DATE function counts in its
 * system, so DATE(1904, 1, 1) is 0 in a 1904 workbook and 1462 in a 1900 one
 * ([Excel.Functions.date](https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)):
 * the year is "a number from 1900 or 1904 (depending on the workbook's date
 * system) to 9999", ExcelApi 1.2, within the 1.8 the add-in requires;
 * [MS-XLS Date1904](https://learn.microsoft.com/openspecs/office_file_formats/ms-xls/4a5e900a-0eb0-4355-8fc1-81aab8f46e8b):
 * 1904-01-01 is serial 0). It is queued with the first sync a read already
 * makes, so knowing it costs no round trip.
 */
import type { DateSystem } from '../core';
import type { ExcelContext } from './context';

/** Queues the question; the answer is readable once the next `context.sync()` has run. */
export function queueDateSystem(context: ExcelContext): () => DateSystem {
  const firstDay = context.workbook.functions.date(1904, 1, 1).load('value,error');
  return () => {
    // A result carries `error` instead of `value` when Excel could not evaluate it
    // (https://learn.microsoft.com/javascript/api/excel/excel.interfaces.functionresultdata).
    // Then the system is unknown, and 1900 is the better guess: the default of Excel
    // for Windows and of Excel for Mac since 2011, and what the pane assumed before
    // (https://support.microsoft.com/office/date-systems-in-excel-e7fe7167-48a9-4b96-bb53-5612a800b487).
    if (firstDay.error) return 1900;
    return firstDay.value === 0 ? 1904 : 1900;
  };
}
