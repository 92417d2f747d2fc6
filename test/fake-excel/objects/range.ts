/** Fake `Excel.Range` and the objects hanging off it (format, validation, conditional formats). */
import type {
  ConditionalFormat,
  ConditionalFormatCollection,
  CustomConditionalFormat,
  DataValidation,
  Range,
  RangeFill,
  RangeFormat,
} from '../../../src/excel/context';
import { qualifiedAddress, type Rect } from '../address';
import { writeCell } from '../cellWrite';
import { fakeError } from '../errors';
import type { FakeConditionalFormat, FakeSheet } from '../state';
import { assertWritable, FakeClientObject, FakeRequestContext, once } from './base';

export interface RangeTarget {
  readonly sheet: FakeSheet;
  readonly rect: Rect;
}

const MAX_CELL_CHARACTERS = 32767;

/** Excel's widest column (255 characters), in points. */
const MAX_WIDTH_POINTS = 1789;

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

class FakeRangeFill implements RangeFill {
  constructor(private readonly range: FakeRange) {}

  get color(): string {
    throw fakeError('PropertyNotLoaded', `${this.range.path}.format.fill.color`);
  }
  set color(color: string) {
    this.range.context.enqueue({
      request: { path: `${this.range.path}.format.fill`, set: 'color', value: color },
      apply: () => {
        const { sheet, rect } = this.range.resolved();
        assertWritable(sheet, 'fill');
        for (let r = 0; r < rect.rowCount; r++) {
          for (let c = 0; c < rect.columnCount; c++) {
            sheet.mutable(rect.row + r, rect.column + c).fill = color;
          }
        }
        return null;
      },
    });
  }
}

class FakeRangeFormat implements RangeFormat {
  readonly fill: RangeFill;

  constructor(
    private readonly range: FakeRange,
    private readonly context: FakeRequestContext,
  ) {
    this.fill = new FakeRangeFill(range);
  }

  get columnWidth(): number {
    throw fakeError('PropertyNotLoaded', `${this.range.path}.format.columnWidth`);
  }
  set columnWidth(points: number) {
    this.context.enqueue({
      request: { path: `${this.range.path}.format`, set: 'columnWidth', value: points },
      apply: () => {
        const { sheet, rect } = this.range.resolved();
        assertWritable(sheet, 'columnWidth');
        if (!(points >= 0 && points <= MAX_WIDTH_POINTS)) {
          throw fakeError('InvalidArgument', 'columnWidth');
        }
        for (let c = rect.column; c < rect.column + rect.columnCount; c++) {
          sheet.columnWidths.set(c, points);
        }
        return null;
      },
    });
  }
}

class FakeDataValidation implements DataValidation {
  constructor(private readonly range: FakeRange) {}

  private enqueue(
    request: Record<string, unknown>,
    apply: (target: ReturnType<FakeRange['resolved']>) => void,
  ): void {
    this.range.context.enqueue({
      request: { path: `${this.range.path}.dataValidation`, ...request },
      apply: () => {
        const target = this.range.resolved();
        assertWritable(target.sheet, 'dataValidation');
        apply(target);
        return null;
      },
    });
  }

  get rule(): Excel.DataValidationRule {
    throw fakeError('PropertyNotLoaded', `${this.range.path}.dataValidation.rule`);
  }
  set rule(rule: Excel.DataValidationRule) {
    this.enqueue({ set: 'rule', value: rule }, ({ sheet, rect }) => {
      const kinds = Object.keys(rule).filter(
        (kind) => rule[kind as keyof typeof rule] !== undefined,
      );
      if (kinds.length !== 1) throw fakeError('InvalidArgument', 'dataValidation.rule');
      const existing = sheet.validations.find(
        (v) =>
          v.rect.row === rect.row &&
          v.rect.column === rect.column &&
          v.rect.rowCount === rect.rowCount &&
          v.rect.columnCount === rect.columnCount,
      );
      if (existing) existing.rule = rule;
      else sheet.validations.push({ rect, rule });
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    throw fakeError('PropertyNotLoaded', `${this.range.path}.dataValidation.errorAlert`);
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.enqueue({ set: 'errorAlert', value: alert }, ({ sheet, rect }) => {
      const existing = sheet.validations.find(
        (v) => v.rect.row === rect.row && v.rect.column === rect.column,
      );
      if (!existing) throw fakeError('InvalidOperation', 'errorAlert without a rule');
      existing.errorAlert = alert;
    });
  }

  clear(): void {
    this.enqueue({ method: 'clear' }, ({ sheet, rect }) => {
      const kept = sheet.validations.filter(
        (v) =>
          !(
            v.rect.row >= rect.row &&
            v.rect.row + v.rect.rowCount <= rect.row + rect.rowCount &&
            v.rect.column >= rect.column &&
            v.rect.column + v.rect.columnCount <= rect.column + rect.columnCount
          ),
      );
      sheet.validations.splice(0, sheet.validations.length, ...kept);
    });
  }
}

class FakeConditionalFormats implements ConditionalFormatCollection {
  constructor(
    private readonly range: FakeRange,
    private readonly context: FakeRequestContext,
  ) {}

  add(type: 'Custom'): ConditionalFormat {
    if (type !== 'Custom') throw fakeError('InvalidArgument', 'conditionalFormats.add');
    let created: FakeConditionalFormat | null = null;
    const path = `${this.range.path}.conditionalFormats.add(${type})`;
    this.context.enqueue({
      request: { path },
      apply: () => {
        const { sheet, rect } = this.range.resolved();
        assertWritable(sheet, 'conditionalFormats.add');
        created = {
          rect,
          type,
          formula: '',
          fill: '',
          priority: sheet.conditionalFormats.length,
          stopIfTrue: false,
        };
        sheet.conditionalFormats.push(created);
        return null;
      },
    });
    const set = (
      property: string,
      value: unknown,
      apply: (format: FakeConditionalFormat) => void,
    ): void =>
      this.context.enqueue({
        request: { path, set: property, value },
        apply: () => {
          if (!created) throw fakeError('ItemNotFound', path);
          apply(created);
          return null;
        },
      });
    const notLoaded = (name: string): never => {
      throw fakeError('PropertyNotLoaded', `${path}.${name}`);
    };
    const custom: CustomConditionalFormat = {
      rule: {
        get formula(): string {
          return notLoaded('custom.rule.formula');
        },
        set formula(formula: string) {
          set('custom.rule.formula', formula, (f) => (f.formula = formula));
        },
      },
      format: {
        fill: {
          get color(): string {
            return notLoaded('custom.format.fill.color');
          },
          set color(color: string) {
            set('custom.format.fill.color', color, (f) => (f.fill = color));
          },
        },
      },
    };
    return {
      custom,
      get priority(): number {
        return notLoaded('priority');
      },
      set priority(priority: number) {
        set('priority', priority, (f) => (f.priority = priority));
      },
      get stopIfTrue(): boolean {
        return notLoaded('stopIfTrue');
      },
      set stopIfTrue(stop: boolean) {
        set('stopIfTrue', stop, (f) => (f.stopIfTrue = stop));
      },
    };
  }
}
