/** Fake `Excel.Range`: cell values, formulas and number formats of a rectangle. */
import type {
  ConditionalFormatCollection,
  DataValidation,
  Range,
  RangeFormat,
} from '../../../src/excel/context';
import { qualifiedAddress, type Rect } from '../address';
import { writeCell } from '../cellWrite';
import { fakeError } from '../errors';
import type { FakeSheet } from '../state';
import { assertWritable, FakeClientObject, FakeRequestContext, once } from './base';
import { FakeConditionalFormats, FakeDataValidation, FakeRangeFormat } from './rangeParts';
import { FakeRangeAreas } from './rangeAreas';

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

const MAX_CELL_CHARACTERS = 32767;

function matrix(target: RangeTarget, read: (row: number, column: number) => unknown): unknown[][] {
  const { rect } = target;
  const rows: unknown[][] = [];
  for (let r = 0; r < rect.rowCount; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < rect.columnCount; c++) {
      line.push(read(rect.row + r, rect.column + c));
    }
    rows.push(line);
  }
  return rows;
}

function assertShape(target: RangeTarget, value: unknown, what: string): unknown[][] {
  const { rect } = target;
  if (
    !Array.isArray(value) ||
    value.length !== rect.rowCount ||
    !value.every((line) => Array.isArray(line) && line.length === rect.columnCount)
  ) {
    throw fakeError('InvalidArgument', `${what}: dimensions do not match the range`);
  }
  return value as unknown[][];
}

export class FakeRange extends FakeClientObject<RangeTarget> implements Range {
  readonly format: RangeFormat;
  readonly dataValidation: DataValidation;
  readonly conditionalFormats: ConditionalFormatCollection;

  constructor(
    context: FakeRequestContext,
    path: string,
    resolve: () => RangeTarget | null,
    nullable = false,
  ) {
    super(context, path, once(resolve), nullable);
    this.format = new FakeRangeFormat(this, context);
    this.dataValidation = new FakeDataValidation(this);
    this.conditionalFormats = new FakeConditionalFormats(this, context);
  }

  protected readers() {
    return {
      values: (t: RangeTarget) => matrix(t, (r, c) => t.sheet.cellAt(r, c).value),
      formulas: (t: RangeTarget) =>
        matrix(t, (r, c) => {
          const cell = t.sheet.cellAt(r, c);
          return cell.formula ?? cell.value;
        }),
      numberFormat: (t: RangeTarget) => matrix(t, (r, c) => t.sheet.cellAt(r, c).numberFormat),
      address: (t: RangeTarget) => qualifiedAddress(t.sheet.name, t.rect),
      rowCount: (t: RangeTarget) => t.rect.rowCount,
      columnCount: (t: RangeTarget) => t.rect.columnCount,
      rowIndex: (t: RangeTarget) => t.rect.row,
      columnIndex: (t: RangeTarget) => t.rect.column,
    };
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(value: unknown[][]) {
    this.writeCells('values', value);
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(value: unknown[][]) {
    this.writeCells('formulas', value);
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(value: unknown[][]) {
    this.queue({ set: 'numberFormat', value }, (target) => {
      assertWritable(target.sheet, 'numberFormat');
      const formats = assertShape(target, value, 'numberFormat');
      formats.forEach((line, r) =>
        line.forEach((format, c) => {
          if (format === null || format === undefined) return;
          const cell = target.sheet.mutable(target.rect.row + r, target.rect.column + c);
          if (format === 'General') delete cell.numberFormat;
          else cell.numberFormat = String(format);
        }),
      );
    });
  }
  get address(): string {
    return this.read('address');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }

  private writeCells(property: string, value: unknown[][]): void {
    this.queue({ set: property, value }, (target) => {
      assertWritable(target.sheet, property);
      if (
        value.some((line) =>
          line.some((v) => typeof v === 'string' && v.length > MAX_CELL_CHARACTERS),
        )
      ) {
        throw fakeError(
          'InvalidArgument',
          `${property}: a cell holds at most ${MAX_CELL_CHARACTERS} characters`,
        );
      }
      assertShape(target, value, property).forEach((line, r) =>
        line.forEach((input, c) =>
          writeCell(target.sheet, target.rect.row + r, target.rect.column + c, input),
        ),
      );
    });
  }

  /** The resolved target for objects hanging off this range (sync time only). */
  resolved(): RangeTarget {
    return this.target();
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.path}.getMergedAreasOrNullObject()`, () =>
      this.target(),
    );
  }

  select(): void {
    this.queue({ method: 'select' }, (target) => {
      this.context.engine.state.activeSheet = target.sheet;
      this.context.engine.state.selection = { sheet: target.sheet, rect: target.rect };
    });
  }

  private derived(name: string, rect: (base: Rect) => Rect): FakeRange {
    return new FakeRange(this.context, `${this.path}.${name}`, () => {
      const base = this.target();
      const next = rect(base.rect);
      if (next.row < 0 || next.column < 0 || next.rowCount < 1 || next.columnCount < 1) {
        throw fakeError('InvalidArgument', `${this.path}.${name}`);
      }
      return { sheet: base.sheet, rect: next };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived(`getCell(${row},${column})`, (r) => ({
      row: r.row + row,
      column: r.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived(`getOffsetRange(${rowOffset},${columnOffset})`, (r) => ({
      ...r,
      row: r.row + rowOffset,
      column: r.column + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived(`getResizedRange(${deltaRows},${deltaColumns})`, (r) => ({
      ...r,
      rowCount: r.rowCount + deltaRows,
      columnCount: r.columnCount + deltaColumns,
    }));
  }
}
