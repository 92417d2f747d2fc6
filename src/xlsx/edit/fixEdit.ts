/**
 * Applies a core Fix plan (SPEC §13) to a package: exactly the planned cells
 * change — each keeps its own style, a converted date gets the column's date
 * format on top of it (its own when it shows a date already, else the one most
 * of the column's date cells show, else the template's) — and each change is
 * appended to the Fix Log sheet.
 * Every other cell, sheet and part stays as it was.
 */
import { storedSerial, type DateSystem, type PlanCell } from '../../core';
import type { FixChange, FixLogPlan } from '../../core/fix';
import { cellXml, textCellXml } from './cellXml';
import type { StyleCount } from './columnStyleTally';
import type { SheetEditor } from './sheetEditor';
import type { StyleBook } from './styleBook';
import type { WorkbookEditor } from './workbookEditor';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

async function sheetNamed(editor: WorkbookEditor, name: string): Promise<SheetEditor | null> {
  const entry = editor.sheets.find((sheet) => sheet.name === name);
  return entry ? editor.sheet(entry.part) : null;
}

/** The column's date format on the changed cell's own style, or null when no cell of it shows a date. */
function columnDateStyle(styles: StyleBook, sheet: SheetEditor, change: FixChange): number | null {
  // The changed cell adds to no date format: this is asked only when its own format shows none.
  let commonest: StyleCount | null = null;
  for (const entry of sheet.columnStyleCounts(change.column)) {
    if (styles.showsDate(entry.style) && (commonest === null || entry.count > commonest.count))
      commonest = entry;
  }
  return commonest
    ? styles.withNumberFormatOf(sheet.styleAt(change.row, change.column), commonest.style)
    : null;
}

/** The sheets and styles the changes need, each opened once before any change is made. */
interface FixTargets {
  readonly sheets: ReadonlyMap<string, SheetEditor | null>;
  readonly styles: StyleBook | null;
  readonly system: DateSystem;
}

async function fixTargets(
  editor: WorkbookEditor,
  changes: readonly FixChange[],
): Promise<FixTargets> {
  const sheets = new Map<string, SheetEditor | null>();
  for (const change of changes)
    if (!sheets.has(change.sheet)) sheets.set(change.sheet, await sheetNamed(editor, change.sheet));
  const styles = changes.some((change) => change.after.kind === 'day')
    ? await editor.styles()
    : null;
  return { sheets, styles, system: editor.dateSystem };
}

/**
 * One change, synchronously: a fix of 50,000 rows makes tens of thousands of
 * them, and awaiting the sheet and the styles for each cost a promise and a
 * trip through the microtask queue apiece.
 */
function applyChange(targets: FixTargets, change: FixChange): void {
  const sheet = targets.sheets.get(change.sheet);
  if (!sheet) return;
  const { row, column, after } = change;
  const own = sheet.styleAt(row, column);
  if (after.kind === 'day') {
    const styles = targets.styles!;
    // A kept time needs the template's date-and-time format: a date-only one would hide it.
    const style =
      after.minutes !== undefined
        ? styles.withNumberFormat(own, after.numberFormat)
        : styles.showsDate(own)
          ? own
          : (columnDateStyle(styles, sheet, change) ??
            styles.withNumberFormat(own, after.numberFormat));
    const cell: PlanCell =
      after.minutes === undefined
        ? { kind: 'date', day: after.day }
        : { kind: 'number', value: storedSerial(after.serial, targets.system) };
    sheet.setCell(row, column, cellXml(sheet.prefix, row, column, style, cell, targets.system));
    return;
  }
  const cell: PlanCell =
    after.kind === 'text' ? { kind: 'text', text: after.text } : { kind: 'empty' };
  sheet.setCell(row, column, cellXml(sheet.prefix, row, column, own, cell, targets.system));
}

function rowXml(prefix: string, row: number, texts: readonly string[]): string {
  const cells = texts.map((text, column) => textCellXml(prefix, row, column, 0, text)).join('');
  return `<${prefix}row r="${row + 1}">${cells}</${prefix}row>`;
}

/** A plain sheet (no table: the log only grows) holding the header and the first rows. */
function newLogXml(plan: FixLogPlan): string {
  const rows = [plan.header, ...plan.rows].map((texts, row) => rowXml('', row, texts)).join('');
  const widths = [20, 18, 10, 28, 28]
    .map(
      (width, index) =>
        `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${widths}</cols><sheetData>${rows}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

async function appendLog(editor: WorkbookEditor, plan: FixLogPlan): Promise<void> {
  const existing = plan.exists ? await sheetNamed(editor, plan.sheetName) : null;
  if (!existing) {
    await editor.addSheet(plan.sheetName, newLogXml(plan), null);
    return;
  }
  plan.rows.forEach((texts, offset) => {
    const row = plan.firstRow + offset;
    texts.forEach((text, column) =>
      existing.setCell(row, column, textCellXml(existing.prefix, row, column, 0, text)),
    );
  });
}

/** The planned changes, then their log; nothing when there is nothing to fix. */
export async function applyFixes(
  editor: WorkbookEditor,
  changes: readonly FixChange[],
  log: FixLogPlan,
): Promise<void> {
  if (changes.length === 0) return;
  const targets = await fixTargets(editor, changes);
  for (const change of changes) applyChange(targets, change);
  await appendLog(editor, log);
}
