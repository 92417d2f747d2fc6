/**
 * The slice of the Office.js Excel object model the gateway uses, and nothing
 * more. Real `Excel.RequestContext` satisfies it (checked by `excelRun`
 * below), and the in-memory fake under `test/fake-excel` implements it, so a
 * member the fake does not model is a compile error here rather than a
 * surprise in Excel.
 */

export interface RunOptions {
  /** Wait until the user leaves cell-edit mode instead of failing the batch. */
  readonly delayForCellEdit?: boolean;
}

export type ExcelRun = <T>(
  options: RunOptions,
  batch: (context: ExcelContext) => Promise<T>,
) => Promise<T>;

export interface ExcelContext {
  readonly workbook: Workbook;
  sync(): Promise<void>;
}

export interface Workbook {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollection;
  /** Defined names: a table's name must not repeat one (ExcelApi 1.1). */
  readonly names: NamedItemCollection;
  /** Structure protection: no sheet can be added while it is on (ExcelApi 1.7). */
  readonly protection: Protection;
  /** Worksheet functions the workbook evaluates, in its own date system (ExcelApi 1.2). */
  readonly functions: WorkbookFunctions;
}

export interface WorkbookFunctions {
  /** `DATE(year, month, day)`: the serial the workbook stores for that day. */
  date(year: number, month: number, day: number): FunctionResult<number>;
}

/** A function's result after load + sync: `error` (`#NUM!`, always in English) when it failed, else `value`. */
export interface FunctionResult<T> {
  readonly value: T;
  readonly error: string;
  load(propertyNames: string): FunctionResult<T>;
}

/** Workbook or worksheet protection; only whether it is on. */
export interface Protection {
  readonly protected: boolean;
  load(propertyNames: 'protected'): Protection;
}

export interface NamedItemCollection {
  readonly items: readonly { readonly name: string }[];
  load(propertyNames: 'items/name'): NamedItemCollection;
  /** A workbook-scoped name for a range (ExcelApi 1.4); a taken name is an InvalidArgument. */
  add(name: string, reference: Range | string, comment?: string): unknown;
  /** ExcelApi 1.4: a null object when the workbook has no such name. */
  getItemOrNullObject(name: string): NamedItem;
}

/** A defined name; `isNullObject` is known after a sync. */
export interface NamedItem {
  readonly isNullObject: boolean;
  /** ExcelApi 1.4. */
  delete(): void;
}

/** What the pane reads of a change event: whether this add-in made the change (ExcelApi 1.14). */
export interface WorksheetChangedEvent {
  readonly triggerSource?: string;
}

export interface WorksheetChangedEvents {
  add(handler: (event: WorksheetChangedEvent) => Promise<void>): unknown;
}

export interface WorksheetCollection {
  readonly items: Worksheet[];
  /** Any sheet's cells changed (ExcelApi 1.9); handlers stay until the add-in's page closes. */
  readonly onChanged: WorksheetChangedEvents;
  add(name?: string): Worksheet;
  getItem(key: string): Worksheet;
  getItemOrNullObject(key: string): Worksheet;
  getActiveWorksheet(): Worksheet;
  load(propertyNames: string): WorksheetCollection;
}

export interface Worksheet {
  readonly name: string;
  /** `Visible`, `Hidden` or `VeryHidden` (ExcelApi 1.1): only a visible sheet can be activated. */
  readonly visibility: string;
  readonly isNullObject: boolean;
  readonly tables: TableCollection;
  readonly charts: ChartCollection;
  readonly freezePanes: WorksheetFreezePanes;
  readonly pageLayout: PageLayout;
  /** Manual vertical page breaks (ExcelApi 1.9, like `pageLayout`). */
  readonly verticalPageBreaks: PageBreakCollection;
  /** ExcelApi 1.2. */
  readonly protection: Protection;
  activate(): void;
  delete(): void;
  getRange(address?: string): Range;
  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): Range;
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range;
  load(propertyNames: string): Worksheet;
}

/** Print settings of a sheet: `worksheet.pageLayout`, ExcelApi 1.9 (the host must be asked first). */
export interface PageLayout {
  /** `Landscape` or `Portrait` (Excel.PageOrientation). */
  orientation: string;
  /** `A4`, `Letter`… (Excel.PaperType). */
  paperSize: string;
  zoom: Excel.PageLayoutZoomOptions;
  /** The rows repeated at the top of every printed page (a whole-row Range). */
  setPrintTitleRows(rows: Range | string): void;
  /** The sheet's print title rows, or a null object when it has none. */
  getPrintTitleRowsOrNullObject(): Range;
  /** Margins in the unit given; those not given stay as they are. */
  setPrintMargins(unit: 'Inches', margins: Excel.PageLayoutMarginOptions): void;
  load(propertyNames: string): PageLayout;
}

/** `worksheet.verticalPageBreaks` (ExcelApi 1.9). */
export interface PageBreakCollection {
  readonly items: readonly { readonly columnIndex: number }[];
  /** A manual break before the top-left cell of the range. */
  add(pageBreakRange: Range | string): void;
  load(propertyNames: 'items/columnIndex'): PageBreakCollection;
}

export interface WorksheetFreezePanes {
  freezeRows(count?: number): void;
}

export type CellWrite = string | number | boolean;

export interface Range {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly address: string;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly isNullObject: boolean;
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;
  readonly conditionalFormats: ConditionalFormatCollection;
  select(): void;
  /** ExcelApi 1.13: the merged areas whose top-left cell lies in this range, or a null object. */
  getMergedAreasOrNullObject(): RangeAreas;
  getCell(row: number, column: number): Range;
  getOffsetRange(rowOffset: number, columnOffset: number): Range;
  getResizedRange(deltaRows: number, deltaColumns: number): Range;
  load(propertyNames: string): Range;
}

export interface RangeAreas {
  readonly isNullObject: boolean;
  readonly areas: {
    readonly items: readonly {
      readonly rowIndex: number;
      readonly columnIndex: number;
      readonly rowCount: number;
      readonly columnCount: number;
    }[];
  };
  load(propertyNames: string): RangeAreas;
}

export interface RangeFormat {
  columnWidth: number;
  /** Points (ExcelApi 1.1). */
  rowHeight: number;
  /** ExcelApi 1.1. */
  wrapText: boolean;
  /** `Top`, `Center`, `Bottom`… (ExcelApi 1.1). */
  verticalAlignment: string;
  readonly fill: RangeFill;
}

export interface RangeFill {
  color: string;
}

export interface DataValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  clear(): void;
}

export interface ConditionalFormatCollection {
  add(type: 'Custom'): ConditionalFormat;
}

export interface ConditionalFormat {
  readonly custom: CustomConditionalFormat;
  priority: number;
  stopIfTrue: boolean;
}

export interface CustomConditionalFormat {
  readonly rule: { formula: string };
  /** `numberFormat`: ExcelApi 1.6 (ConditionalRangeFormat). */
  readonly format: { numberFormat: string; readonly fill: { color: string } };
}

export interface TableCollection {
  readonly items: Table[];
  /** A Range, not an address: an address without a sheet name means the active sheet. */
  add(address: Range | string, hasHeaders: boolean): Table;
  getItemOrNullObject(key: string): Table;
  load(propertyNames: string): TableCollection;
}

export interface Table {
  name: string;
  style: string;
  showBandedRows: boolean;
  readonly isNullObject: boolean;
  readonly worksheet: Worksheet;
  readonly rows: TableRowCollection;
  getRange(): Range;
  getHeaderRowRange(): Range;
  getDataBodyRange(): Range;
  load(propertyNames: string): Table;
}

export interface TableRowCollection {
  /** `index` inserts before that data row; null adds at the end (the documented form). */
  add(index?: number | null, values?: CellWrite[][]): unknown;
  getItemAt(index: number): { delete(): void };
}

export interface ChartCollection {
  readonly items: Chart[];
  add(type: 'ColumnClustered', sourceData: Range, seriesBy?: 'Auto' | 'Columns' | 'Rows'): Chart;
  getItemOrNullObject(name: string): Chart;
  load(propertyNames: string): ChartCollection;
}

export interface Chart {
  name: string;
  readonly isNullObject: boolean;
  readonly title: { text: string };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
  load(propertyNames: string): Chart;
}

/**
 * The production `run`: Office's own `Excel.run`. Typing it as `ExcelRun`
 * proves that the real request context has every member declared above.
 */
export const excelRun: ExcelRun = (options, batch) => Excel.run(options, batch);
