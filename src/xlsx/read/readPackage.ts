/**
 * Every worksheet of a workbook package as the core's `Grid`s, in tab order,
 * without building a workbook model: each sheet part is decompressed, scanned
 * once and dropped, so time and memory grow with the cells a file holds,
 * never with the ranges it declares (validations, formats and merges over
 * whole columns cost nothing more than over one cell).
 *
 * No Node imports: the CLI and the pane both read files with it.
 */
import type { Grid } from '../../core';
import type { Inflate } from '../package/zipArchive';
import { isType } from '../package/relationships';
import { XmlScanner } from '../package/xmlScanner';
import { isOurTableName } from '../../core';
import { parseBox, type SheetTable } from '../tables';
import { parseDateStyles, parsePercentStyles } from './dateStyles';
import { parseSharedStrings } from './sharedStrings';
import { readSheetCells, type CellContext } from './sheetCells';
import { GridBuilder } from '../gridBuilder';
import { WorkbookPackage, type SheetEntry } from './workbookPackage';

async function cellContext(workbook: WorkbookPackage): Promise<CellContext> {
  const stringsPart = workbook.relatedPart('sharedStrings');
  const stylesPart = workbook.relatedPart('styles');
  const stringsXml = stringsPart ? await workbook.text(stringsPart) : null;
  const stylesXml = stylesPart ? await workbook.text(stylesPart) : null;
  return {
    sharedStrings: stringsXml ? parseSharedStrings(stringsXml) : [],
    dateStyles: stylesXml ? parseDateStyles(stylesXml) : [],
    percentStyles: stylesXml ? parsePercentStyles(stylesXml) : [],
    date1904: workbook.date1904,
  };
}

function parseTable(xml: string): SheetTable | null {
  const scanner = new XmlScanner(xml);
  while (scanner.next()) {
    if (scanner.name !== 'table' || scanner.kind === 'close') continue;
    const box = parseBox(scanner.attribute('ref') ?? '');
    const name = scanner.attribute('name') ?? scanner.attribute('displayName') ?? '';
    return box ? { name, box, columnNames: [] } : null;
  }
  return null;
}

/** The sheet's first table with one of our names (OpsTasks, OpsReview2…), if any. */
async function ourTable(
  workbook: WorkbookPackage,
  sheet: SheetEntry,
  tableIds: readonly string[],
): Promise<SheetTable | undefined> {
  if (tableIds.length === 0) return undefined;
  const relationships = await workbook.relationships(sheet.part);
  for (const id of tableIds) {
    const rel = relationships.find((candidate) => candidate.id === id);
    if (!rel || rel.external || !isType(rel, 'table')) continue;
    const xml = await workbook.text(rel.target);
    const table = xml === null ? null : parseTable(xml);
    if (table && isOurTableName(table.name)) return table;
  }
  return undefined;
}

export async function readSheetGrid(
  workbook: WorkbookPackage,
  sheet: SheetEntry,
  context: CellContext,
): Promise<Grid> {
  const bytes = await workbook.utf8(sheet.part);
  // A sheet whose part is missing (tealeg/xlsx's noWorksheets.xlsx; openpyxl
  // and LibreOffice open such files) reads as an empty sheet, so the
  // workbook's other sheets are still checked rather than the file refused.
  if (bytes === null) return new GridBuilder().build(sheet.name, undefined);
  const { builder, tableIds } = readSheetCells(bytes, context);
  return builder.build(sheet.name, await ourTable(workbook, sheet, tableIds));
}

/** Reads the package's grids; throws on a package that is not a readable workbook. */
export async function readPackageGrids(bytes: Uint8Array, inflate: Inflate): Promise<Grid[]> {
  const workbook = await WorkbookPackage.open(bytes, inflate);
  const context = await cellContext(workbook);
  const grids: Grid[] = [];
  for (const sheet of workbook.sheets) grids.push(await readSheetGrid(workbook, sheet, context));
  return grids;
}
