/**
 * Applies a core `ReviewUpdatePlan` to a package the way the add-in does in
 * Excel: only the month's computed cells, the department block, the sections
 * and (for a combined review) the per-file block change
 * (plus a new review sheet when the workbook has none); typed cells, other
 * months, anything outside the table and every other part stay as they were.
 */
import {
  isTableOfKind,
  getTemplate,
  type DateSystem,
  type DepartmentBlock,
  type LineBlock,
  type PlanCell,
  type ReviewUpdatePlan,
  TEXT_FORMAT,
} from '../../core';
import { moveRange } from '../insertTableRow';
import type { CellBox } from '../tables';
import { cellXml } from './cellXml';
import { addPlanSheet } from './planSheet';
import { applyReviewPrint } from './printSetup';
import { boxReference, type SheetEditor } from './sheetEditor';
import type { StyleBook } from './styleBook';
import type { TablePart, WorkbookEditor } from './workbookEditor';

interface ReviewTable {
  readonly sheetName: string;
  readonly table: TablePart;
}

async function findReviewTable(editor: WorkbookEditor): Promise<ReviewTable | null> {
  for (const sheet of editor.sheets) {
    const table = (await editor.tables(sheet.part)).find((candidate) =>
      isTableOfKind(candidate.name, 'review'),
    );
    if (table) return { sheetName: sheet.name, table };
  }
  return null;
}

async function targetTable(
  editor: WorkbookEditor,
  plan: ReviewUpdatePlan,
): Promise<ReviewTable | null> {
  if (!plan.createSheet) return findReviewTable(editor);
  const added = await addPlanSheet(editor, plan.createSheet);
  const table = (await editor.tables(added.sheetPart)).find((t) => t.name === added.tableName);
  return table ? { sheetName: added.sheetName, table } : null;
}

class CellWriter {
  /** Formulas go in without cached values, so the workbook must recalculate on open. */
  wroteFormula = false;

  constructor(
    private readonly sheet: SheetEditor,
    private readonly styles: StyleBook,
    private readonly system: DateSystem,
  ) {}

  write(
    row: number,
    column: number,
    value: PlanCell,
    numberFormat: string | undefined,
    wrap = false,
  ): void {
    const current = this.sheet.styleAt(row, column);
    const formatted = numberFormat ? this.styles.withNumberFormat(current, numberFormat) : current;
    const style = wrap ? this.styles.withWrap(formatted) : formatted;
    this.sheet.setCell(
      row,
      column,
      cellXml(this.sheet.prefix, row, column, style, value, this.system),
    );
    if (value.kind === 'formula') this.wroteFormula = true;
  }
}

/** A titled block of rows beside the review table (departments, files), clearing only its own rows. */
function writeBlock(sheet: SheetEditor, cells: CellWriter, block: DepartmentBlock): void {
  const { row: top, column: left } = block.anchor;
  block.widths.forEach((width, index) => sheet.setColumnWidth(left + index, width));
  block.headers.forEach((_header, index) => {
    const title: PlanCell = index === 0 ? { kind: 'text', text: block.title } : { kind: 'empty' };
    cells.write(top, left + index, title, TEXT_FORMAT);
  });
  block.headers.forEach((header, index) => {
    cells.write(top + 1, left + index, { kind: 'text', text: header }, TEXT_FORMAT);
  });
  block.rows.forEach((row, rowIndex) => {
    row.forEach((value, index) => {
      cells.write(
        top + 2 + rowIndex,
        left + index,
        value,
        block.numberFormats[index],
        block.wrap?.[index] ?? false,
      );
    });
  });
  // Rows an earlier, longer block wrote: emptied, formats kept.
  const firstStale = top + 2 + block.rows.length;
  for (let row = firstStale; row < firstStale + block.clearRows; row += 1) {
    block.headers.forEach((_header, index) => {
      cells.write(row, left + index, { kind: 'empty' }, undefined);
    });
  }
}

/** The template sections down their column, wrapped; rows an earlier, longer block wrote emptied. */
function writeLines(sheet: SheetEditor, cells: CellWriter, block: LineBlock): void {
  const { row: top, column } = block.anchor;
  if (block.lines.length > 0) sheet.setColumnWidth(column, block.width);
  block.lines.forEach((line, index) =>
    cells.write(top + index, column, { kind: 'text', text: line }, TEXT_FORMAT, true),
  );
  for (let index = 0; index < block.clearRows; index += 1)
    cells.write(top + block.lines.length + index, column, { kind: 'empty' }, undefined);
}

/** Excel's `ListRows.add` inside the table: its columns shift, ranges over them grow or move. */
async function insertTableRow(
  editor: WorkbookEditor,
  sheet: SheetEditor,
  table: TablePart,
  dataIndex: number,
): Promise<void> {
  const box = table.box;
  const insertedRow = box.top + 1 + dataIndex;
  sheet.shiftDown(insertedRow, box.left, box.right);
  sheet.moveRanges((range) => moveRange(range, insertedRow, box));
  const grown: CellBox = { ...box, bottom: box.bottom + 1 };
  await editor.setTableBox(table, grown, boxReference(grown));
}

/** Applies the plan and returns the name of the sheet holding the review. */
export async function applyReviewPlan(
  editor: WorkbookEditor,
  plan: ReviewUpdatePlan,
): Promise<string> {
  const review = await targetTable(editor, plan);
  if (!review) throw new Error('The review plan names no review table to update.');
  const { table } = review;
  const sheet = await editor.sheet(table.sheetPart);
  const cells = new CellWriter(sheet, await editor.styles(), editor.dateSystem);
  const columns = getTemplate('review').columns;
  const formatOf = new Map(columns.map((column) => [column.key, column.numberFormat]));
  const { top, left } = table.box;
  if (plan.target.kind === 'insert') await insertTableRow(editor, sheet, table, plan.target.index);
  const row = top + 1 + plan.target.index;

  // Only where the core found the key's column: never by the template's order.
  Object.entries(plan.cells).forEach(([key, value]) => {
    const offset = plan.columns[key];
    if (offset !== undefined)
      cells.write(row, left + offset, value, formatOf.get(key), plan.wrapKeys.includes(key));
  });
  sheet.setRowHeight(row, plan.rowHeight);
  writeBlock(sheet, cells, plan.departments);
  // A combined review's per-file table, where the core placed it (SPEC §14).
  if (plan.files) writeBlock(sheet, cells, plan.files);
  writeLines(sheet, cells, plan.sections);
  await applyReviewPrint(
    editor,
    sheet,
    review.sheetName,
    plan.print,
    plan.createSheet !== undefined,
  );
  if (cells.wroteFormula) await editor.recalculateOnOpen();
  return review.sheetName;
}
