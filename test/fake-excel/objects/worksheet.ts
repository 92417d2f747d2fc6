/** Fake worksheets and the workbook's worksheet collection. */
import type {
  PageLayout,
  Worksheet,
  WorksheetCollection,
  WorksheetFreezePanes,
} from '../../../src/excel/context';
import { parseRect, WHOLE_SHEET } from '../address';
import { fakeError } from '../errors';
import type { FakeSheet, SheetVisibility } from '../state';
import { assertWritable, FakeClientObject, FakeRequestContext, once, parseItemsLoad } from './base';
import { FakeChartCollection } from './chart';
import { FakePageBreakCollection, FakePageLayoutObject } from './pageLayout';
import { FakeProtection } from './protection';
import { FakeRange } from './range';
import { FakeTableCollection } from './table';

export class FakeWorksheet extends FakeClientObject<FakeSheet> implements Worksheet {
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: WorksheetFreezePanes;
  readonly protection: FakeProtection;
  readonly pageLayout: PageLayout;
  readonly verticalPageBreaks: FakePageBreakCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolve: () => FakeSheet | null,
    nullable = false,
  ) {
    super(context, path, once(resolve), nullable);
    this.tables = new FakeTableCollection(context, `${path}.tables`, () => this.target());
    this.charts = new FakeChartCollection(context, `${path}.charts`, () => this.target());
    this.protection = new FakeProtection(context, `${path}.protection`, () => {
      const sheet = this.target();
      return () => sheet.isProtected;
    });
    this.pageLayout = new FakePageLayoutObject(context, `${path}.pageLayout`, () => this.target());
    this.verticalPageBreaks = new FakePageBreakCollection(
      context,
      `${path}.verticalPageBreaks`,
      () => this.target(),
    );
    this.freezePanes = {
      freezeRows: (count = 1) =>
        this.queue({ method: 'freezePanes.freezeRows', args: [count] }, (sheet) => {
          assertWritable(sheet, 'freezeRows');
          sheet.frozenRows = count;
        }),
    };
  }

  protected readers() {
    return {
      name: (sheet: FakeSheet) => sheet.name,
      visibility: (sheet: FakeSheet) => sheet.visibility,
    };
  }

  get name(): string {
    return this.read('name');
  }

  get visibility(): SheetVisibility {
    return this.read('visibility');
  }

  delete(): void {
    this.queue({ method: 'delete' }, (sheet) => this.context.engine.state.removeSheet(sheet));
  }

  activate(): void {
    this.queue({ method: 'activate' }, (sheet) => {
      // A hidden sheet has no tab to bring forward (issue 9; VBA's Activate fails the same way).
      if (sheet.visibility !== 'Visible') {
        throw fakeError('InvalidOperation', `${sheet.name}.activate(): the sheet is hidden`);
      }
      const state = this.context.engine.state;
      state.activeSheet = sheet;
      state.selection = { sheet, rect: { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  /** Without an address: the whole sheet, as in Office.js. */
  getRange(address = ''): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange(${address})`, () => {
      const sheet = this.target();
      const rect = address === '' ? WHOLE_SHEET : parseRect(address);
      if (!rect) throw fakeError('InvalidArgument', `getRange(${address})`);
      return { sheet, rect };
    });
  }

  getRangeByIndexes(
    startRow: number,
    startColumn: number,
    rowCount: number,
    columnCount: number,
  ): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`,
      () => {
        const sheet = this.target();
        if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
          throw fakeError('InvalidArgument', 'getRangeByIndexes');
        }
        return { sheet, rect: { row: startRow, column: startColumn, rowCount, columnCount } };
      },
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`,
      () => {
        const sheet = this.target();
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
}

export class FakeWorksheetCollection implements WorksheetCollection {
  private loadedItems: FakeWorksheet[] | null = null;
  private readonly path = 'workbook.worksheets';

  constructor(private readonly context: FakeRequestContext) {}

  private get state() {
    return this.context.engine.state;
  }

  /** ExcelApi 1.9: the handler is registered at the next sync and stays after the batch. */
  readonly onChanged = {
    add: (handler: (event: { triggerSource?: string }) => Promise<void>): void => {
      this.context.enqueue({
        request: { path: `${this.path}.onChanged`, method: 'add' },
        apply: () => {
          this.state.changeHandlers.push(handler);
          return null;
        },
      });
    },
  };

  get items(): FakeWorksheet[] {
    if (!this.loadedItems) throw fakeError('PropertyNotLoaded', `${this.path}.items`);
    return this.loadedItems;
  }

  load(propertyNames: string): this {
    const names = parseItemsLoad(propertyNames);
    if (!names || !names.every((name) => name === 'name' || name === 'visibility')) {
      throw fakeError('InvalidArgument', `${this.path}.load(${propertyNames})`);
    }
    this.context.enqueue({
      request: { path: this.path, load: propertyNames },
      apply: () =>
        this.state.sheets.map((sheet) => ({
          id: sheet.id,
          name: sheet.name,
          visibility: sheet.visibility,
        })),
      commit: (items) => {
        this.loadedItems = (items as { id: number; name: string; visibility: string }[]).map(
          ({ id, name, visibility }, i) => {
            const proxy = new FakeWorksheet(
              this.context,
              `${this.path}.items[${i}]`,
              () => this.state.sheets.find((sheet) => sheet.id === id) ?? null,
            );
            if (names.includes('name')) proxy.preload('name', name);
            if (names.includes('visibility')) proxy.preload('visibility', visibility);
            return proxy;
          },
        );
      },
    });
    return this;
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    this.context.enqueue({
      request: { path: this.path, method: 'add', args: [name] },
      apply: () => {
        let chosen = name;
        for (let n = this.state.sheets.length + 1; chosen === undefined; n++) {
          if (!this.state.sheet(`Sheet${n}`)) chosen = `Sheet${n}`;
        }
        created = this.state.addSheet(chosen);
        return null;
      },
    });
    return new FakeWorksheet(this.context, `${this.path}.add(${name ?? ''})`, () => created);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.getItem(${key})`,
      () => this.state.sheet(key) ?? null,
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.getItemOrNullObject(${key})`,
      () => this.state.sheet(key) ?? null,
      true,
    );
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      `${this.path}.getActiveWorksheet()`,
      () => this.state.activeSheet,
    );
  }
}
