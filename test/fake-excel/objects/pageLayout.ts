/**
 * `worksheet.pageLayout` (ExcelApi 1.9). On a host without that set every
 * use fails the sync with ApiNotFound (`createFakeExcel({ pageLayout: false })`).
 * A sheet nobody set up prints as Excel's defaults say: portrait, 100%, no
 * print titles (what `load` and `getPrintTitleRowsOrNullObject` report).
 */
import type { PageBreakCollection, PageLayout, Range } from '../../../src/excel/context';
import { parseRect, parseRows, WHOLE_SHEET } from '../address';
import { fakeError } from '../errors';
import type { FakePageLayout, FakeSheet } from '../state';
import { assertWritable, FakeClientObject, FakeRequestContext, once } from './base';
import { FakeRange } from './range';

/** Excel's paper sizes the add-in may ask for (Excel.PaperType); any other is an InvalidArgument. */
const PAPER_SIZES = new Set(['A4', 'A3', 'Letter', 'Legal']);

/** What a sheet without print settings of its own reports. */
const DEFAULTS = { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 } } as const;

export class FakePageLayoutObject extends FakeClientObject<FakeSheet> implements PageLayout {
  constructor(context: FakeRequestContext, path: string, sheet: () => FakeSheet) {
    super(
      context,
      path,
      once(() => {
        if (!context.engine.pageLayout) throw fakeError('ApiNotFound', path);
        return sheet();
      }),
    );
  }

  protected readers() {
    return {
      orientation: (sheet: FakeSheet) => sheet.pageLayout?.orientation ?? DEFAULTS.orientation,
      paperSize: (sheet: FakeSheet) => sheet.pageLayout?.paperSize ?? DEFAULTS.paperSize,
      zoom: (sheet: FakeSheet) => ({ ...(sheet.pageLayout?.zoom ?? DEFAULTS.zoom) }),
    };
  }

  private set(property: string, value: unknown, apply: (layout: FakePageLayout) => void): void {
    this.queue({ set: property, value }, (sheet) => {
      assertWritable(sheet, 'pageLayout');
      sheet.pageLayout ??= {};
      apply(sheet.pageLayout);
    });
  }

  get orientation(): string {
    return this.read('orientation');
  }
  set orientation(orientation: string) {
    if (orientation !== 'Landscape' && orientation !== 'Portrait')
      throw fakeError('InvalidArgument', `${this.path}.orientation`);
    this.set('orientation', orientation, (layout) => (layout.orientation = orientation));
  }

  get paperSize(): string {
    return this.read('paperSize');
  }
  set paperSize(paper: string) {
    if (!PAPER_SIZES.has(paper)) throw fakeError('InvalidArgument', `${this.path}.paperSize`);
    this.set('paperSize', paper, (layout) => (layout.paperSize = paper));
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read('zoom');
  }
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    // PageLayoutZoomOptions.scale: "between 10 and 400".
    if (zoom.scale !== undefined && (zoom.scale < 10 || zoom.scale > 400))
      throw fakeError('InvalidArgument', `${this.path}.zoom`);
    this.set('zoom', zoom, (layout) => (layout.zoom = { ...zoom }));
  }

  setPrintTitleRows(rows: Range | string): void {
    this.queue(
      { method: 'setPrintTitleRows', args: [typeof rows === 'string' ? rows : 'range'] },
      (sheet) => {
        assertWritable(sheet, 'pageLayout');
        const rect =
          typeof rows === 'string' ? parseRows(rows) : (rows as FakeRange).resolved().rect;
        // Print titles are whole rows: a range narrower than the sheet is refused.
        if (!rect || rect.column !== 0 || rect.columnCount !== WHOLE_SHEET.columnCount)
          throw fakeError('InvalidArgument', `${this.path}.setPrintTitleRows`);
        sheet.pageLayout ??= {};
        sheet.pageLayout.printTitleRows = `$${rect.row + 1}:$${rect.row + rect.rowCount}`;
      },
    );
  }

  setPrintMargins(unit: 'Inches', margins: Excel.PageLayoutMarginOptions): void {
    this.queue({ method: 'setPrintMargins', args: [unit, margins] }, (sheet) => {
      assertWritable(sheet, 'pageLayout');
      if (Object.values(margins).some((inches) => typeof inches !== 'number' || inches < 0))
        throw fakeError('InvalidArgument', `${this.path}.setPrintMargins`);
      sheet.pageLayout ??= {};
      sheet.pageLayout.margins = { ...sheet.pageLayout.margins, ...margins };
    });
  }

  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getPrintTitleRowsOrNullObject()`,
      () => {
        const sheet = this.target();
        const rows = sheet.pageLayout?.printTitleRows;
        const rect = rows ? parseRows(rows) : null;
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
}

/**
 * `worksheet.verticalPageBreaks` (ExcelApi 1.9): `add(range)` puts a manual
 * break before the range's top-left cell; `items` lists them after
 * `load('items/columnIndex')`. Without the set, ApiNotFound.
 */
export class FakePageBreakCollection implements PageBreakCollection {
  private loadedItems: { columnIndex: number }[] | null = null;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    private readonly sheet: () => FakeSheet,
  ) {}

  private target(): FakeSheet {
    if (!this.context.engine.pageLayout) throw fakeError('ApiNotFound', this.path);
    return this.sheet();
  }

  get items(): { columnIndex: number }[] {
    if (!this.loadedItems) throw fakeError('PropertyNotLoaded', `${this.path}.items`);
    return this.loadedItems;
  }

  add(pageBreakRange: Range | string): void {
    this.context.enqueue({
      request: {
        path: this.path,
        method: 'add',
        args: [typeof pageBreakRange === 'string' ? pageBreakRange : 'range'],
      },
      apply: () => {
        const sheet = this.target();
        assertWritable(sheet, 'verticalPageBreaks');
        const rect =
          typeof pageBreakRange === 'string'
            ? parseRect(pageBreakRange)
            : (pageBreakRange as FakeRange).resolved().rect;
        // A break before column A would split nothing off.
        if (!rect || rect.column < 1) throw fakeError('InvalidArgument', `${this.path}.add`);
        sheet.pageLayout ??= {};
        (sheet.pageLayout.verticalBreaks ??= []).push(rect.column);
        return null;
      },
    });
  }

  load(propertyNames: 'items/columnIndex'): this {
    if (propertyNames !== 'items/columnIndex')
      throw fakeError('InvalidArgument', `${this.path}.load(${String(propertyNames)})`);
    this.context.enqueue({
      request: { path: this.path, load: propertyNames },
      apply: () =>
        (this.target().pageLayout?.verticalBreaks ?? []).map((columnIndex) => ({ columnIndex })),
      commit: (items) => (this.loadedItems = items as { columnIndex: number }[]),
    });
    return this;
  }
}
