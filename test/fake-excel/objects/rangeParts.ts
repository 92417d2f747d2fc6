/** The objects hanging off a fake range: format and fill, data validation, conditional formats. */
import type {
  ConditionalFormat,
  ConditionalFormatCollection,
  CustomConditionalFormat,
  DataValidation,
  RangeFill,
  RangeFormat,
} from '../../../src/excel/context';
import { fakeError } from '../errors';
import type { FakeCell, FakeConditionalFormat } from '../state';
import { assertWritable, FakeRequestContext } from './base';
import type { FakeRange } from './range';

/** Excel's widest column (255 characters), in points. */
const MAX_WIDTH_POINTS = 1789;
const MAX_HEIGHT_POINTS = 409;

export class FakeRangeFill implements RangeFill {
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

export class FakeRangeFormat implements RangeFormat {
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

  get rowHeight(): number {
    throw fakeError('PropertyNotLoaded', `${this.range.path}.format.rowHeight`);
  }
  /** Excel's rows are at most 409 points tall. */
  set rowHeight(points: number) {
    this.context.enqueue({
      request: { path: `${this.range.path}.format`, set: 'rowHeight', value: points },
      apply: () => {
        const { sheet, rect } = this.range.resolved();
        assertWritable(sheet, 'rowHeight');
        if (!(points >= 0 && points <= MAX_HEIGHT_POINTS)) {
          throw fakeError('InvalidArgument', 'rowHeight');
        }
        for (let r = rect.row; r < rect.row + rect.rowCount; r++) sheet.rowHeights.set(r, points);
        return null;
      },
    });
  }

  get wrapText(): boolean {
    throw fakeError('PropertyNotLoaded', `${this.range.path}.format.wrapText`);
  }
  set wrapText(wrap: boolean) {
    this.eachCell('wrapText', wrap, (cell) => (cell.wrapText = wrap));
  }

  get verticalAlignment(): string {
    throw fakeError('PropertyNotLoaded', `${this.range.path}.format.verticalAlignment`);
  }
  set verticalAlignment(alignment: string) {
    this.eachCell('verticalAlignment', alignment, (cell) => (cell.verticalAlignment = alignment));
  }

  private eachCell(property: string, value: unknown, apply: (cell: FakeCell) => void): void {
    this.context.enqueue({
      request: { path: `${this.range.path}.format`, set: property, value },
      apply: () => {
        const { sheet, rect } = this.range.resolved();
        assertWritable(sheet, property);
        for (let r = 0; r < rect.rowCount; r++)
          for (let c = 0; c < rect.columnCount; c++)
            apply(sheet.mutable(rect.row + r, rect.column + c));
        return null;
      },
    });
  }
}

export class FakeDataValidation implements DataValidation {
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

/** A sheet's conditional formats are kept in precedence order; 0 is evaluated first. */
function renumber(formats: FakeConditionalFormat[]): void {
  formats.forEach((format, index) => (format.priority = index));
}

export class FakeConditionalFormats implements ConditionalFormatCollection {
  constructor(
    private readonly range: FakeRange,
    private readonly context: FakeRequestContext,
  ) {}

  add(type: 'Custom'): ConditionalFormat {
    if (type !== 'Custom') throw fakeError('InvalidArgument', 'conditionalFormats.add');
    let created: FakeConditionalFormat | null = null;
    const range = this.range;
    const path = `${range.path}.conditionalFormats.add(${type})`;
    this.context.enqueue({
      request: { path },
      apply: () => {
        const { sheet, rect } = this.range.resolved();
        assertWritable(sheet, 'conditionalFormats.add');
        created = { rect, type, formula: '', fill: '', priority: 0, stopIfTrue: false };
        // Excel adds a new conditional format at the top of the sheet's precedence.
        sheet.conditionalFormats.unshift(created);
        renumber(sheet.conditionalFormats);
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
        get numberFormat(): string {
          return notLoaded('custom.format.numberFormat');
        },
        set numberFormat(code: string) {
          set('custom.format.numberFormat', code, (f) => (f.numberFormat = code));
        },
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
        // Priorities are unique on a sheet: moving one shifts the others.
        set('priority', priority, (f) => {
          const formats = range.resolved().sheet.conditionalFormats;
          formats.splice(formats.indexOf(f), 1);
          formats.splice(Math.max(0, Math.min(priority, formats.length)), 0, f);
          renumber(formats);
        });
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
