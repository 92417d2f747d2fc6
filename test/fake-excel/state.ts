/**
 * The inspectable workbook behind the fake: what Excel would hold after each
 * sync. Tests seed it directly and assert on it; the proxies in `objects/`
 * change it only when a sync applies their queued operations.
 */
import {
  contains,
  overlaps,
  parseRect,
  qualifiedAddress,
  quoteSheetName,
  rectAddress,
  type Rect,
} from './address';
import { typeIntoCell, type TypedOutcome } from './cellWrite';
import { fakeError } from './errors';

export type CellValue = string | number | boolean;

/**
 * How a workbook counts days ("Use 1904 date system"): a cell stores the
 * serial of its system, 1,462 lower in 1904 for the same day.
 */
export type FakeDateSystem = 1900 | 1904;

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: string;
}

export interface CellView {
  readonly value: CellValue;
  readonly formula: string | undefined;
  readonly numberFormat: string;
  readonly fill: string | undefined;
  /** Undefined until a write sets it. */
  readonly wrapText?: boolean | undefined;
  readonly verticalAlignment?: string | undefined;
}

export interface FakeValidation {
  rect: Rect;
  rule: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** A1 address of the rows repeated at the top of each page (`$1:$1`). */
  printTitleRows?: string;
  /** Page margins in inches (`setPrintMargins('Inches', …)`). */
  margins?: Excel.PageLayoutMarginOptions;
  /** Zero-based columns a manual vertical page break goes before, in the order added. */
  verticalBreaks?: number[];
}

export interface FakeConditionalFormat {
  rect: Rect;
  type: 'Custom';
  formula: string;
  fill: string;
  /** A conditional number format (ExcelApi 1.6 `ConditionalRangeFormat.numberFormat`). */
  numberFormat?: string;
  priority: number;
  stopIfTrue: boolean;
}

export interface FakeChart {
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  position: { start: string; end?: string } | null;
}

const COLUMNS = 16384;
const key = (row: number, column: number): number => row * COLUMNS + column;

export type SheetVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

/** A workbook-scoped defined name (Formulas → Name Manager). */
export interface FakeDefinedName {
  readonly name: string;
  readonly reference: string;
}

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  visibility: SheetVisibility = 'Visible';
  readonly columnWidths = new Map<number, number>();
  /** Row heights in points, by zero-based row. */
  readonly rowHeights = new Map<number, number>();
  /** Print settings (`worksheet.pageLayout`, ExcelApi 1.9); null until one is set. */
  pageLayout: FakePageLayout | null = null;
  readonly validations: FakeValidation[] = [];
  /** In precedence order (Excel: priorities are unique on a sheet); 0 is evaluated first. */
  readonly conditionalFormats: FakeConditionalFormat[] = [];
  readonly charts: FakeChart[] = [];
  /** Merged areas (Home → Merge & Center). */
  readonly merges: Rect[] = [];
  frozenRows = 0;
  /** Bumped by every change to a cell's content or format: what `worksheets.onChanged` reports. */
  revision = 0;

  constructor(
    public name: string,
    readonly id: number,
    public isProtected = false,
    /** The workbook's: the serials typed dates become. */
    readonly dateSystem: FakeDateSystem = 1900,
  ) {}

  cell(address: string): CellView {
    const rect = parseRect(address);
    if (!rect) throw new Error(`bad address ${address}`);
    return this.cellAt(rect.row, rect.column);
  }

  cellAt(row: number, column: number): CellView {
    const cell = this.cells.get(key(row, column));
    return {
      value: cell?.value ?? '',
      formula: cell?.formula,
      numberFormat: cell?.numberFormat ?? 'General',
      fill: cell?.fill,
      wrapText: cell?.wrapText,
      verticalAlignment: cell?.verticalAlignment,
    };
  }

  /** Stores values exactly as given (seeding): no coercion, formats kept. */
  seed(address: string, rows: readonly (readonly CellValue[])[]): void {
    const rect = parseRect(address);
    if (!rect) throw new Error(`bad address ${address}`);
    rows.forEach((line, r) =>
      line.forEach((value, c) => {
        const cell = this.mutable(rect.row + r, rect.column + c);
        cell.value = value;
        delete cell.formula;
      }),
    );
  }

  /** Test helper: merges an area, as Merge & Center does (its other cells are emptied). */
  merge(address: string): void {
    const rect = parseRect(address);
    if (!rect || this.merges.some((area) => overlaps(area, rect)))
      throw new Error(`bad merge ${address}`);
    for (let r = rect.row; r < rect.row + rect.rowCount; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        if (r !== rect.row || c !== rect.column) this.cells.delete(key(r, c));
      }
    }
    this.merges.push(rect);
  }

  /** The user types into a cell; see `typeIntoCell` for what validation does with it. */
  userTypes(address: string, text: string): TypedOutcome {
    const rect = parseRect(address);
    if (!rect) throw new Error(`bad address ${address}`);
    return typeIntoCell(this, rect.row, rect.column, text);
  }

  seedCell(address: string, cell: Partial<FakeCell>): void {
    const rect = parseRect(address);
    if (!rect) throw new Error(`bad address ${address}`);
    Object.assign(this.mutable(rect.row, rect.column), cell);
  }

  mutable(row: number, column: number): FakeCell {
    this.revision += 1;
    const k = key(row, column);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { value: '' };
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** The bounding box of cells with a value (valuesOnly) or any content or format. */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.cells) {
      const used = cell.value !== '' || cell.formula !== undefined;
      const formatted = cell.numberFormat !== undefined || cell.fill !== undefined;
      if (!used && (valuesOnly || !formatted)) continue;
      const row = Math.floor(k / COLUMNS);
      const column = k % COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    if (bottom < 0) return null;
    return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Moves cells in `columns` at or below `fromRow` down by `count` rows. */
  shiftDown(fromRow: number, firstColumn: number, columnCount: number, count: number): void {
    this.revision += 1;
    const moved: [number, FakeCell][] = [];
    for (const [k, cell] of this.cells) {
      const row = Math.floor(k / COLUMNS);
      const column = k % COLUMNS;
      if (row >= fromRow && column >= firstColumn && column < firstColumn + columnCount) {
        moved.push([key(row + count, column), cell]);
        this.cells.delete(k);
      }
    }
    for (const [k, cell] of moved) this.cells.set(k, cell);
  }
}

export interface FakeTable {
  name: string;
  sheet: FakeSheet;
  rect: Rect;
  style: string;
  showBandedRows: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly unknown[];
  readonly names: readonly unknown[];
  readonly tables: readonly unknown[];
  readonly activeSheet: string | null;
  readonly selection: string | null;
}

export class FakeWorkbookState {
  constructor(readonly dateSystem: FakeDateSystem = 1900) {}

  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** Defined names: they share one namespace with table names. */
  readonly names: FakeDefinedName[] = [];
  activeSheet: FakeSheet | null = null;
  /** Workbook structure protection: sheets cannot be added. */
  structureProtected = false;
  selection: { sheet: FakeSheet; rect: Rect } | null = null;
  /** `worksheets.onChanged` handlers, added at a sync; they outlive the batch that added them. */
  readonly changeHandlers: ((event: { triggerSource?: string }) => Promise<void>)[] = [];

  /** Changes so far to any sheet's cells (content or format); a sync that moves it fires `onChanged`. */
  get revision(): number {
    return this.sheets.reduce((total, sheet) => total + sheet.revision, 0);
  }
  private nextSheetId = 1;

  /**
   * A person types into a cell (as `FakeSheet.userTypes`); every
   * `worksheets.onChanged` handler then hears of it, as from someone other
   * than this add-in.
   */
  async userEdits(sheetName: string, address: string, text: string): Promise<TypedOutcome> {
    const outcome = this.sheetNamed(sheetName).userTypes(address, text);
    for (const handler of [...this.changeHandlers]) await handler({ triggerSource: 'Unknown' });
    return outcome;
  }

  sheet(name: string): FakeSheet | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  /** Test helper: the sheet, or a thrown test failure. */
  sheetNamed(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet)
      throw new Error(`no sheet ${name}; have ${this.sheets.map((s) => s.name).join(', ')}`);
    return sheet;
  }

  /**
   * Deletes a sheet with its tables, as Excel does; its workbook names stay, as `#REF!`;
   * a workbook keeps at least one visible sheet.
   */
  removeSheet(sheet: FakeSheet): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (this.structureProtected) throw fakeError('AccessDenied', `delete ${sheet.name}`);
    if (visible.length === 1 && visible[0] === sheet) {
      throw fakeError('InvalidOperation', `delete ${sheet.name}: the last visible sheet`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) {
      if (this.tables[i]?.sheet === sheet) this.tables.splice(i, 1);
    }
    // A workbook name over the deleted sheet stays, broken: it now refers to #REF!.
    const prefix = `${quoteSheetName(sheet.name)}!`;
    this.names.forEach((defined, i) => {
      if (defined.reference.startsWith(prefix)) {
        this.names[i] = { ...defined, reference: `#REF!${defined.reference.slice(prefix.length)}` };
      }
    });
    if (this.activeSheet === sheet) {
      this.activeSheet = this.sheets.find((s) => s.visibility === 'Visible') ?? null;
    }
    if (this.selection?.sheet === sheet) this.selection = null;
  }

  /** Test helper and `names.add`: a defined name must not repeat a table's or another name's. */
  addName(name: string, reference: string): FakeDefinedName {
    const wanted = name.toLowerCase();
    if (
      !/^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(name) ||
      this.table(name) ||
      this.names.some((n) => n.name.toLowerCase() === wanted)
    ) {
      throw fakeError('InvalidArgument', `names.add(${name})`);
    }
    const defined = { name, reference };
    this.names.push(defined);
    return defined;
  }

  addSheet(name: string, options: { protected?: boolean } = {}): FakeSheet {
    if (!/^[^\\/?*[\]:]{1,31}$/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw fakeError('InvalidArgument', `worksheets.add(${name})`);
    }
    if (this.sheet(name)) throw fakeError('ItemAlreadyExists', `worksheets.add(${name})`);
    if (this.structureProtected) throw fakeError('AccessDenied', `worksheets.add(${name})`);
    const sheet = new FakeSheet(
      name,
      this.nextSheetId++,
      options.protected ?? false,
      this.dateSystem,
    );
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  table(name: string): FakeTable | undefined {
    const wanted = name.toLowerCase();
    return this.tables.find((table) => table.name.toLowerCase() === wanted);
  }

  addTable(sheet: FakeSheet, rect: Rect, name?: string): FakeTable {
    if (this.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect)) || rect.rowCount < 2) {
      throw fakeError('InvalidArgument', `tables.add(${rectAddress(rect)})`);
    }
    let chosen = name;
    for (let n = this.tables.length + 1; chosen === undefined; n++) {
      if (!this.table(`Table${n}`)) chosen = `Table${n}`;
    }
    this.assertTableName(chosen, null);
    const table: FakeTable = {
      name: chosen,
      sheet,
      rect,
      style: 'TableStyleMedium2',
      showBandedRows: true,
    };
    this.tables.push(table);
    return table;
  }

  assertTableName(name: string, self: FakeTable | null): void {
    const other = this.table(name);
    const definedName = this.names.some((n) => n.name.toLowerCase() === name.toLowerCase());
    if (
      !/^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(name) ||
      (other && other !== self) ||
      definedName
    ) {
      throw fakeError('InvalidArgument', `table.name = ${name}`);
    }
  }

  /**
   * Inserts `count` rows into a table at data-row `index` the way Excel does:
   * cells in the table's columns move down, formats of the neighbouring row
   * are inherited, and validation / conditional-format ranges over the
   * column grow with it.
   */
  insertTableRows(table: FakeTable, index: number, count: number): number {
    const { sheet, rect } = table;
    const dataRows = rect.rowCount - 1;
    const at = rect.row + 1 + (index < 0 || index > dataRows ? dataRows : index);
    sheet.shiftDown(at, rect.column, rect.columnCount, count);
    const template = at - 1 > rect.row ? at - 1 : at + count;
    for (let r = at; r < at + count; r++) {
      for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
        const format = sheet.cellAt(template, c).numberFormat;
        if (format !== 'General') sheet.mutable(r, c).numberFormat = format;
      }
    }
    table.rect = { ...rect, rowCount: rect.rowCount + count };
    const columns = {
      row: 0,
      column: rect.column,
      rowCount: 1048576,
      columnCount: rect.columnCount,
    };
    const grow = (item: { rect: Rect }): void => {
      const r = item.rect;
      if (!contains(columns, { ...r, row: 0, rowCount: 1 })) return;
      if (r.row >= at) item.rect = { ...r, row: r.row + count };
      else if (r.row + r.rowCount >= at) item.rect = { ...r, rowCount: r.rowCount + count };
    };
    sheet.validations.forEach(grow);
    sheet.conditionalFormats.forEach(grow);
    for (const other of this.tables) if (other !== table && other.sheet === sheet) grow(other);
    return at;
  }

  /** Deletes data row `index` of a table: the cells below in its columns move up. */
  deleteTableRow(table: FakeTable, index: number): void {
    const { sheet, rect } = table;
    const at = rect.row + 1 + index;
    for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
      sheet.cells.delete(at * COLUMNS + c);
    }
    sheet.shiftDown(at + 1, rect.column, rect.columnCount, -1);
    table.rect = { ...rect, rowCount: rect.rowCount - 1 };
    const shrink = (item: { rect: Rect }): void => {
      const r = item.rect;
      if (r.column < rect.column || r.column + r.columnCount > rect.column + rect.columnCount)
        return;
      if (r.row > at) item.rect = { ...r, row: r.row - 1 };
      else if (r.row + r.rowCount > at && r.rowCount > 1)
        item.rect = { ...r, rowCount: r.rowCount - 1 };
    };
    sheet.validations.forEach(shrink);
    sheet.conditionalFormats.forEach(shrink);
  }

  /** A deterministic, JSON-comparable picture of everything the fake holds. */
  snapshot(): WorkbookSnapshot {
    return {
      sheets: this.sheets.map((sheet) => ({
        name: sheet.name,
        visibility: sheet.visibility,
        frozenRows: sheet.frozenRows,
        columnWidths: [...sheet.columnWidths].sort((a, b) => a[0] - b[0]),
        ...(sheet.rowHeights.size > 0
          ? { rowHeights: [...sheet.rowHeights].sort((a, b) => a[0] - b[0]) }
          : {}),
        ...(sheet.pageLayout ? { pageLayout: { ...sheet.pageLayout } } : {}),
        cells: [...sheet.cells]
          .filter(
            ([, c]) =>
              c.value !== '' || c.formula || c.numberFormat || c.fill || c.wrapText !== undefined,
          )
          .sort((a, b) => a[0] - b[0])
          .map(([k, c]) => [
            rectAddress({
              row: Math.floor(k / COLUMNS),
              column: k % COLUMNS,
              rowCount: 1,
              columnCount: 1,
            }),
            { ...c },
          ]),
        validations: sheet.validations.map((v) => ({
          ...(JSON.parse(JSON.stringify(v)) as object),
          rect: rectAddress(v.rect),
        })),
        conditionalFormats: sheet.conditionalFormats.map((f) => ({
          ...f,
          rect: rectAddress(f.rect),
        })),
        charts: sheet.charts.map((chart) => ({ ...chart, source: rectAddress(chart.source) })),
      })),
      names: this.names.map((n) => ({ ...n })),
      tables: this.tables.map((t) => ({
        name: t.name,
        address: qualifiedAddress(t.sheet.name, t.rect),
        style: t.style,
        showBandedRows: t.showBandedRows,
      })),
      activeSheet: this.activeSheet?.name ?? null,
      selection: this.selection
        ? qualifiedAddress(this.selection.sheet.name, this.selection.rect)
        : null,
    };
  }
}
