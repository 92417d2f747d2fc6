/**
 * A core `SheetPlan` written as new parts of a package: a worksheet holding
 * one Excel table, with column widths and formats, a frozen header, dropdown
 * and date validations and formula-based highlighting, the same content the
 * ExcelJS writer (writePlan.ts) gives a new workbook, with its cells beside
 * the table, its workbook names and its print settings (SPEC §12). Names that are taken get
 * the core's `(2)` / `2` suffixes; nothing existing is replaced.
 */
import {
  columnLetter,
  LAST_SERIAL,
  storedSerial,
  midnightFormula,
  uniqueSheetName,
  uniqueTableName,
  type DateSystem,
  type PrintLayout,
  type SheetPlan,
  type ValidationRule,
} from '../../core';
import { argb, cellText, rangeAddress } from '../writePlan';
import { cellXml, textCellXml } from './cellXml';
import type { StyleBook } from './styleBook';
import type { WorkbookEditor } from './workbookEditor';
import { escapeAttribute, escapeText } from './xmlWriting';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface AddedSheet {
  readonly sheetName: string;
  readonly tableName: string;
  readonly sheetPart: string;
}

function validationXml(rule: ValidationRule, range: string, system: DateSystem): string {
  const shared = `allowBlank="1" showErrorMessage="1" errorStyle="stop" error="${escapeAttribute(rule.errorMessage)}" sqref="${range}"`;
  if (rule.kind === 'list') {
    const list = rule.values.map((value) => value.replace(/"/g, '""')).join(',');
    return `<dataValidation type="list" ${shared}><formula1>${escapeText(`"${list}"`)}</formula1></dataValidation>`;
  }
  // Any day the workbook can hold: 1900-01-01 (serial 1) or 1904-01-01 (serial 0) to 9999-12-31.
  const first = system === 1904 ? 0 : 1;
  return `<dataValidation type="date" operator="between" ${shared}><formula1>${first}</formula1><formula2>${storedSerial(LAST_SERIAL, system)}</formula2></dataValidation>`;
}

/** Number-format and wrap style of each plan column (cells of the column and its `<col>`). */
function columnStyles(plan: SheetPlan, styles: StyleBook): number[] {
  return plan.columns.map((column) => {
    const formatted = styles.withNumberFormat(0, column.numberFormat);
    return column.wrap ? styles.withWrap(formatted) : formatted;
  });
}

/** `'工作日历'!` with the quotes a sheet name needs (an apostrophe in it doubled). */
export const sheetReference = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

/** SPEC §12 print settings: `<sheetPr>` (fit to page) and `<pageSetup>` (A4 = paper 9). */
export function pageSetupXml(print: PrintLayout): { sheetPr: string; pageSetup: string } {
  return {
    sheetPr: '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>',
    pageSetup: `<pageSetup paperSize="9" orientation="${print.orientation}" fitToWidth="${print.fitToPagesWide}" fitToHeight="0"/>`,
  };
}

/** The header row(s) on every printed page: `'任务跟踪表'!$1:$1`. */
export function printTitlesFormula(sheetName: string, print: PrintLayout): string {
  return `${sheetReference(sheetName)}$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`;
}

function sheetXml(
  plan: SheetPlan,
  styles: StyleBook,
  formats: readonly number[],
  system: DateSystem,
): string {
  const { row: top, column: left } = plan.anchor;
  const dataRows = Math.max(plan.rows.length, 1);
  const first = top + 1;
  const last = top + dataRows;
  const frozen = top + plan.freezeRows;
  const pane =
    frozen > 0
      ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>`
      : '';
  const widths = new Map<number, { width: number; style: number }>();
  plan.columns.forEach((column, index) =>
    widths.set(left + index, { width: column.width, style: formats[index]! }),
  );
  const rows = new Map<number, Map<number, string>>();
  const put = (row: number, column: number, xml: string) => {
    const line = rows.get(row) ?? new Map<number, string>();
    line.set(column, xml);
    rows.set(row, line);
  };
  plan.columns.forEach((column, index) =>
    put(top, left + index, textCellXml('', top, left + index, formats[index]!, column.header)),
  );
  for (let rowIndex = 0; rowIndex < dataRows; rowIndex += 1) {
    const row = plan.rows[rowIndex] ?? [];
    plan.columns.forEach((_column, index) =>
      put(
        first + rowIndex,
        left + index,
        cellXml(
          '',
          first + rowIndex,
          left + index,
          formats[index]!,
          row[index] ?? { kind: 'empty' },
          system,
        ),
      ),
    );
  }
  for (const block of plan.besides ?? []) {
    const { row, column } = block.anchor;
    const text = styles.withNumberFormat(0, '@');
    block.headers.forEach((header, i) => {
      put(row, column + i, textCellXml('', row, column + i, text, header));
      widths.set(column + i, { width: block.widths[i] ?? 10, style: 0 });
    });
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, i) => {
        const style = styles.withNumberFormat(0, block.numberFormats[i] ?? 'General');
        put(row + 1 + r, column + i, cellXml('', row + 1 + r, column + i, style, cell, system));
      }),
    );
  }
  const cols = [...widths]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([column, { width, style }]) =>
        `<col min="${column + 1}" max="${column + 1}" width="${width}"${style > 0 ? ` style="${style}"` : ''} customWidth="1"/>`,
    )
    .join('');
  const sheetRows = [...rows]
    .sort((a, b) => a[0] - b[0])
    .map(
      ([row, cells]) =>
        `<row r="${row + 1}">${[...cells]
          .sort((a, b) => a[0] - b[0])
          .map(([, xml]) => xml)
          .join('')}</row>`,
    )
    .join('');
  const lastRow = Math.max(...rows.keys());
  const lastColumn = Math.max(...widths.keys());
  const highlights = plan.conditionalFormats
    .map((rule) => {
      const range = rangeAddress(first, left + rule.firstColumn, last, left + rule.lastColumn);
      const dxf = styles.fillFormat(argb(rule.fill));
      return `<conditionalFormatting sqref="${range}"><cfRule type="expression" dxfId="${dxf}" priority="${rule.priority}"><formula>${escapeText(rule.formula.replace(/^=/, ''))}</formula></cfRule></conditionalFormatting>`;
    })
    .join('');
  // Last in priority: a highlight's fill wins where a reader shows only one rule.
  let priority = Math.max(0, ...plan.conditionalFormats.map((rule) => rule.priority));
  const midnight = plan.columns
    .map((column, index) => {
      if (!column.midnightFormat) return '';
      priority += 1;
      const range = rangeAddress(first, left + index, last, left + index);
      const dxf = styles.numberFormatFormat(column.midnightFormat);
      const cell = `${columnLetter(left + index)}${first + 1}`;
      return `<conditionalFormatting sqref="${range}"><cfRule type="expression" dxfId="${dxf}" priority="${priority}"><formula>${escapeText(midnightFormula(cell).replace(/^=/, ''))}</formula></cfRule></conditionalFormatting>`;
    })
    .join('');
  const validations = plan.columns.flatMap((column, index) =>
    column.validation
      ? [
          validationXml(
            column.validation,
            rangeAddress(first, left + index, last, left + index),
            system,
          ),
        ]
      : [],
  );
  const validationsXml =
    validations.length > 0
      ? `<dataValidations count="${validations.length}">${validations.join('')}</dataValidations>`
      : '';
  const { sheetPr, pageSetup } = pageSetupXml(plan.print);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${OFFICE_RELATIONSHIPS}">${sheetPr}<dimension ref="${columnLetter(left)}${top + 1}:${columnLetter(lastColumn)}${lastRow + 1}"/><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${sheetRows}</sheetData>${highlights}${midnight}${validationsXml}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${pageSetup}<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;
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
  const formats = columnStyles(plan, styles);
  const sheetPart = await editor.addSheet(
    sheetName,
    sheetXml(plan, styles, formats, editor.dateSystem),
    {
      xml: tableXml(plan, await editor.nextTableId(), tableName),
    },
  );
  const position = editor.sheets.findIndex((sheet) => sheet.part === sheetPart);
  await editor.addDefinedName(
    '_xlnm.Print_Titles',
    printTitlesFormula(sheetName, plan.print),
    position,
  );
  for (const name of plan.names ?? []) {
    const letter = columnLetter(name.column);
    await editor.addDefinedName(
      name.name,
      `${sheetReference(sheetName)}$${letter}$${name.firstRow + 1}:$${letter}$${name.lastRow + 1}`,
    );
  }
  if (plan.rows.some((row) => row.some((cell) => cell.kind === 'formula')))
    await editor.recalculateOnOpen();
  return { sheetName, tableName, sheetPart };
}
