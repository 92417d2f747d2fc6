/**
 * Going to a cell Check reported: the sheet is activated and the cell
 * selected, unless the sheet is hidden, where Excel cannot activate it: then
 * the user is told how to show it rather than given Excel's refusal.
 */
import type { ExcelContext } from './context';
import { OpsError } from './errors';

export async function selectCellInSheet(
  context: ExcelContext,
  sheetName: string,
  address: string,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName).load('visibility');
  await context.sync();
  if (sheet.visibility !== 'Visible') throw new OpsError('sheetHidden');
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}
