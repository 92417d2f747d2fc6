/**
 * A workbook as Excel users have it: our templates with typed rows, the
 * default font 等线, x14 validations and a sparkline group on the review
 * sheet, and parts standing for shapes, a chart, a pivot table, a macro
 * project, an embedded object and the data model. Writes must keep them.
 */
import ExcelJS from 'exceljs';
import { planTemplate } from '../../../src/core';
import { ZipArchive, xmlText } from '../../../src/xlsx/package/zipArchive';
import { writeSheetPlan } from '../../../src/xlsx/writePlan';
import {
  HANDBOOK_COLLAB,
  HANDBOOK_TASKS,
  typeIntoTable,
  type Row,
} from '../../cli/support/workbooks';
import { buildPackage } from './buildPackage';
import { inflate } from './reviewWrite';

export const X14_AND_SPARKLINES =
  '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Lists!$A$1:$A$5</xm:f></x14:formula1><xm:sqref>B2:B2</xm:sqref></x14:dataValidation></x14:dataValidations></ext><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:sparklines><x14:sparkline><xm:f>月度运营复盘表!D2:E2</xm:f><xm:sqref>K2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>';

/** Parts standing for what other writers put in a workbook; the write must copy them as they are. */
export const FOREIGN_PARTS: Record<string, string | Uint8Array> = {
  'xl/drawings/drawing1.xml':
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"><xdr:twoCellAnchor><xdr:sp><xdr:txBody>文本框</xdr:txBody></xdr:sp></xdr:twoCellAnchor><xdr:cxnSp/></xdr:wsDr>',
  'xl/charts/chart1.xml':
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
  'xl/pivotTables/pivotTable1.xml': '<pivotTableDefinition name="数据透视表1"/>',
  'xl/pivotCache/pivotCacheDefinition1.xml': '<pivotCacheDefinition/>',
  'xl/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]),
  'xl/embeddings/oleObject1.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 9, 8, 7]),
  'xl/model/item.data': new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]),
  'xl/connections.xml':
    '<connections><connection id="1" name="ThisWorkbookDataModel"/></connections>',
};

/**
 * The handbook workbook as Excel users have it: our three templates, typed rows (the handbook's
 * tasks unless a test types others, e.g. a status Fix normalises), and foreign parts.
 */
export async function richWorkbook(
  withReview: boolean,
  tasks: readonly Row[] = HANDBOOK_TASKS,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
  writeSheetPlan(workbook, planTemplate('collab', 'zh-CN'));
  if (withReview) writeSheetPlan(workbook, planTemplate('review', 'zh-CN'));
  typeIntoTable(workbook, 'OpsTasks', tasks);
  typeIntoTable(workbook, 'OpsCollab', HANDBOOK_COLLAB);
  const plain = Buffer.from(await workbook.xlsx.writeBuffer());
  const archive = new ZipArchive(plain, inflate);
  const parts: Record<string, string | Uint8Array> = {};
  for (const entry of archive.entries) {
    if (entry.name.endsWith('/')) continue;
    let content: string | Uint8Array = await archive.read(entry);
    const bytes = content;
    if (entry.name === 'xl/styles.xml') {
      content = xmlText(bytes).replace(/<name val="Calibri"\/>/g, '<name val="等线"/>');
    }
    if (withReview && entry.name === 'xl/worksheets/sheet3.xml') {
      content = xmlText(bytes).replace('</worksheet>', `${X14_AND_SPARKLINES}</worksheet>`);
    }
    parts[entry.name] = content;
  }
  return buildPackage({ ...parts, ...FOREIGN_PARTS });
}
