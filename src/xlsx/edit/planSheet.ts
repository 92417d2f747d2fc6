/**
 * A core `SheetPlan` written as new parts of a package: a worksheet holding
 * one Excel table, with column widths and formats, a frozen header, dropdown
 * and date validations and formula-based highlighting, the same content the
 * ExcelJS writer (writePlan.ts) gives a new workbook. Names that are taken get
 * the core's `(2)` / `2` suffixes; nothing existing is replaced.
 */
import {
  columnLetter,
  uniqueSheetName,
  uniqueTableName,
  type SheetPlan,
  type ValidationRule,
} from '../../core';
import { argb, cellText, rangeAddress } from '../writePlan';
import { cellXml } from './cellXml';
import type { StyleBook } from './styleBook';
import type { WorkbookEditor } from './workbookEditor';
import { escapeAttribute, escapeText } from './xmlWriting';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** 1900-01-01 and 9999-12-31 as serials: the date validation's bounds. */
const FIRST_SERIAL = 1;
const LAST_SERIAL = 2958465;

export interface AddedSheet {
  readonly sheetName: string;
  readonly tableName: string;
  readonly sheetPart: string;
}

function validationXml(rule: ValidationRule, range: string): string {
  const shared = `allowBlank="1" showErrorMessage="1" errorStyle="stop" error="${escapeAttribute(rule.errorMessage)}" sqref="${range}"`;
  if (rule.kind === 'list') {
    const list = rule.values.map((value) => value.replace(/"/g, '""')).join(',');
    return `<dataValidation type="list" ${shared}><formula1>${escapeText(`"${list}"`)}</formula1></dataValidation>`;
  }
  return `<dataValidation type="date" operator="between" ${shared}><formula1>${FIRST_SERIAL}</formula1><formula2>${LAST_SERIAL}</formula2></dataValidation>`;
}

function sheetXml(plan: SheetPlan, styles: StyleBook, formats: readonly number[]): string {
  const { row: top, column: left } = plan.anchor;
  const dataRows = Math.max(plan.rows.length, 1);
  const first = top + 1;
  const last = top + dataRows;
  const frozen = top + plan.freezeRows;
  const pane =
    frozen > 0
      ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
      : '';
  const cols = plan.columns
    .map(
      (column, index) =>
        `<col min="${left + index + 1}" max="${left + index + 1}" width="${column.width}" style="${formats[index]}" customWidth="1"/>`,
    )
    .join('');
  const header = `<row r="${top + 1}">${plan.columns
    .map((column, index) =>
      cellXml('', top, left + index, formats[index]!, { kind: 'text', text: column.header }),
    )
    .join('')}</row>`;
  const body = Array.from({ length: dataRows }, (_, rowIndex) => {
    const row = plan.rows[rowIndex] ?? [];
    const cells = plan.columns
      .map((_column, index) =>
        cellXml(
          '',
          first + rowIndex,
          left + index,
          formats[index]!,
          row[index] ?? { kind: 'empty' },
        ),
      )
      .join('');
    return `<row r="${first + rowIndex + 1}">${cells}</row>`;
  }).join('');
  const highlights = plan.conditionalFormats
    .map((rule) => {
      const range = rangeAddress(first, left + rule.firstColumn, last, left + rule.lastColumn);
      const dxf = styles.fillFormat(argb(rule.fill));
      return `<conditionalFormatting sqref="${range}"><cfRule type="expression" dxfId="${dxf}" priority="${rule.priority}"><formula>${escapeText(rule.formula.replace(/^=/, ''))}</formula></cfRule></conditionalFormatting>`;
    })
    .join('');
  const validations = plan.columns.flatMap((column, index) =>
    column.validation
      ? [validationXml(column.validation, rangeAddress(first, left + index, last, left + index))]
      : [],
  );
  const validationsXml =
    validations.length > 0
      ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`
      : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${OFFICE_RELATIONSHIPS}"><dimension ref="${columnLetter(left)}${top + 1}:${columnLetter(left + plan.columns.length - 1)}${last + 1}"/><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${header}${body}</sheetData>${highlights}${validationsXml}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
}

function tableXml(plan: SheetPlan, id: number, name: string): string {
  const { row: top, column: left } = plan.anchor;
  const last = top + Math.max(plan.rows.length, 1);
  const ref = rangeAddress(top, left, last, left + plan.columns.length - 1);
  const columns = plan.columns
    .map(
      (column, index) =>
        `<tableColumn id="${index + 1}" name="${escapeAttribute(cellText(column.header))}"/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" headerRowCount="1" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${plan.columns.length}">${columns}</tableColumns><tableStyleInfo name="${escapeAttribute(plan.tableStyle)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}

export async function addPlanSheet(editor: WorkbookEditor, plan: SheetPlan): Promise<AddedSheet> {
  const sheetName = uniqueSheetName(
    plan.sheetName,
    editor.sheets.map((sheet) => sheet.name),
  );
  const tables = await editor.allTables();
  const tableName = uniqueTableName(
    plan.tableName,
    tables.map((table) => table.name),
  );
  const styles = await editor.styles();
  const formats = plan.columns.map((column) => styles.withNumberFormat(0, column.numberFormat));
  const sheetPart = await editor.addSheet(sheetName, sheetXml(plan, styles, formats), {
    xml: tableXml(plan, await editor.nextTableId(), tableName),
  });
  if (plan.rows.some((row) => row.some((cell) => cell.kind === 'formula')))
    await editor.recalculateOnOpen();
  return { sheetName, tableName, sheetPart };
}
