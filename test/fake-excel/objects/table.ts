/** Fake tables: a named rectangle with a header row that grows when rows are added. */
import type {
  CellWrite,
  Table,
  TableCollection,
  TableRowCollection,
} from '../../../src/excel/context';
import { parseRect, splitSheet, type Rect } from '../address';
import { writeCell } from '../cellWrite';
import { fakeError } from '../errors';
import type { FakeSheet, FakeTable } from '../state';
import { assertWritable, FakeClientObject, FakeRequestContext, once, parseItemsLoad } from './base';
import { FakeRange } from './range';
import { FakeWorksheet } from './worksheet';

export class FakeTableProxy extends FakeClientObject<FakeTable> implements Table {
  readonly rows: TableRowCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolve: () => FakeTable | null,
    nullable = false,
  ) {
    super(context, path, once(resolve), nullable);
    this.rows = {
      add: (index?: number | null, values?: CellWrite[][]) => this.addRows(index, values),
      getItemAt: (index: number) => ({ delete: () => this.deleteRow(index) }),
    };
  }

  protected readers() {
    return {
      name: (t: FakeTable) => t.name,
      style: (t: FakeTable) => t.style,
      showBandedRows: (t: FakeTable) => t.showBandedRows,
    };
  }

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.queue({ set: 'name', value: name }, (table) => {
      assertWritable(table.sheet, 'table.name');
      this.context.engine.state.assertTableName(name, table);
      table.name = name;
    });
  }
  get style(): string {
    return this.read('style');
  }
  set style(style: string) {
    this.queue({ set: 'style', value: style }, (table) => {
      assertWritable(table.sheet, 'table.style');
      table.style = style;
    });
  }
  get showBandedRows(): boolean {
    return this.read('showBandedRows');
  }
  set showBandedRows(show: boolean) {
    this.queue({ set: 'showBandedRows', value: show }, (table) => {
      assertWritable(table.sheet, 'table.showBandedRows');
      table.showBandedRows = show;
    });
  }

  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}.worksheet`, () => this.target().sheet);
  }

  private part(name: string, rect: (r: Rect) => Rect): FakeRange {
    return new FakeRange(this.context, `${this.path}.${name}()`, () => {
      const table = this.target();
      return { sheet: table.sheet, rect: rect(table.rect) };
    });
  }

  getRange(): FakeRange {
    return this.part('getRange', (r) => r);
  }
  getHeaderRowRange(): FakeRange {
    return this.part('getHeaderRowRange', (r) => ({ ...r, rowCount: 1 }));
  }
  getDataBodyRange(): FakeRange {
    return this.part('getDataBodyRange', (r) => ({
      ...r,
      row: r.row + 1,
      rowCount: r.rowCount - 1,
    }));
  }

  private deleteRow(index: number): void {
    this.queue({ method: 'rows.getItemAt().delete', args: [index] }, (table) => {
      assertWritable(table.sheet, 'rows.delete');
      const dataRows = table.rect.rowCount - 1;
      if (index < 0 || index >= dataRows)
        throw fakeError('ItemNotFound', `rows.getItemAt(${index})`);
      this.context.engine.state.deleteTableRow(table, index);
    });
  }

  private addRows(index: number | null | undefined, values: CellWrite[][] | undefined): void {
    this.queue({ method: 'rows.add', args: [index, values] }, (table) => {
      assertWritable(table.sheet, 'rows.add');
      const count = values?.length ?? 1;
      const dataRows = table.rect.rowCount - 1;
      // Documented: an existing row's index inserts before it; null or -1 (or none) adds at the end.
      const atEnd = index === null || index === undefined || index === -1;
      if (!atEnd && (index < 0 || index >= dataRows)) {
        throw fakeError('InvalidArgument', `rows.add(${index}): ${dataRows} rows`);
      }
      if (values && !values.every((line) => line.length === table.rect.columnCount)) {
        throw fakeError('InvalidArgument', 'rows.add values');
      }
      const at = this.context.engine.state.insertTableRows(table, atEnd ? -1 : index, count);
      values?.forEach((line, r) =>
        line.forEach((value, c) => writeCell(table.sheet, at + r, table.rect.column + c, value)),
      );
    });
  }
}

export class FakeTableCollection implements TableCollection {
  private loadedItems: FakeTableProxy[] | null = null;

  constructor(
    private readonly context: FakeRequestContext,
    private readonly path: string,
    /** The sheet the collection belongs to; null for `workbook.tables`. */
    private readonly sheet: (() => FakeSheet) | null,
  ) {}

  private all(): FakeTable[] {
    const tables = this.context.engine.state.tables;
    if (!this.sheet) return tables;
    const sheet = this.sheet();
    return tables.filter((table) => table.sheet === sheet);
  }

  get items(): FakeTableProxy[] {
    if (!this.loadedItems) throw fakeError('PropertyNotLoaded', `${this.path}.items`);
    return this.loadedItems;
  }

  load(propertyNames: string): this {
    const names = parseItemsLoad(propertyNames);
    const readable = ['name', 'style', 'showBandedRows'];
    if (!names || !names.every((name) => readable.includes(name))) {
      throw fakeError('InvalidArgument', `${this.path}.load(${propertyNames})`);
    }
    this.context.enqueue({
      request: { path: this.path, load: propertyNames },
      apply: () =>
        this.all().map((table) => ({
          table,
          name: table.name,
          style: table.style,
          showBandedRows: table.showBandedRows,
        })),
      commit: (items) => {
        const state = this.context.engine.state;
        this.loadedItems = (items as ({ table: FakeTable } & Record<string, unknown>)[]).map(
          (item, i) => {
            const proxy = new FakeTableProxy(this.context, `${this.path}.items[${i}]`, () =>
              state.tables.includes(item.table) ? item.table : null,
            );
            for (const name of names) proxy.preload(name, item[name]);
            return proxy;
          },
        );
      },
    });
    return this;
  }

  /**
   * A Range is taken as it is; a string address without a sheet name means
   * the active sheet, whichever collection `add` is called on (as documented).
   */
  add(address: FakeRange | string, hasHeaders: boolean): FakeTableProxy {
    let created: FakeTable | null = null;
    const described = typeof address === 'string' ? address : address.path;
    this.context.enqueue({
      request: { path: this.path, method: 'add', args: [described, hasHeaders] },
      apply: () => {
        const state = this.context.engine.state;
        let sheet: FakeSheet | null | undefined;
        let rect: Rect | null;
        if (typeof address === 'string') {
          const { sheet: sheetName, range } = splitSheet(address);
          sheet = sheetName !== null ? state.sheet(sheetName) : state.activeSheet;
          rect = parseRect(range);
        } else {
          ({ sheet, rect } = address.resolved());
        }
        if (!sheet || !rect || !hasHeaders)
          throw fakeError('InvalidArgument', `tables.add(${described})`);
        if (this.sheet && this.sheet() !== sheet) {
          throw fakeError('InvalidArgument', `tables.add(${described}): not on this sheet`);
        }
        assertWritable(sheet, 'tables.add');
        created = state.addTable(sheet, rect);
        return null;
      },
    });
    return new FakeTableProxy(this.context, `${this.path}.add(${described})`, () => created);
  }

  getItemOrNullObject(key: string): FakeTableProxy {
    return new FakeTableProxy(
      this.context,
      `${this.path}.getItemOrNullObject(${key})`,
      () => this.all().find((table) => table.name.toLowerCase() === key.toLowerCase()) ?? null,
      true,
    );
  }
}
