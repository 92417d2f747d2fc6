/**
 * SPEC §10: the work calendar (工作日历, table OpsCalendar). Its rows add days
 * to the State Council's arrangement or override it (company days off, next
 * year's arrangement once published); every other template's working-day
 * deadlines count with the result. Inserted with the package's days for the
 * previous, current and next year, and a full-day index beside the table that keeps
 * the workbook's own deadline and highlight formulas live without the add-in.
 */
import { DAY_KIND_LABELS } from '../../calendar/dayKinds';
import { workdayIndexBlock } from '../../calendar/formulas';
import type { DayKind } from '../../calendar/model';
import { statutoryRows, workbookDays } from '../../calendar/table';
import { buildWorkingCalendar } from '../../calendar/workingCalendar';
import type { CalendarDay } from '../../model';
import { defineTemplate, type RecordBase } from '../module';
import { bindCalendar } from './binder';
import { CALENDAR_COLUMNS } from './columns';
import { CALENDAR_ISSUES } from './messages';

export interface CalendarRecord extends RecordBase {
  /** Null unless the cell holds a real date: a date typed as text is not seen by the sheet's formulas either. */
  readonly day: CalendarDay | null;
  readonly kind: DayKind | null;
  readonly note: string;
}

/** The full-day index sits one empty column to the right of the table (E:G). */
const INDEX_COLUMN = CALENDAR_COLUMNS.length + 1;
const INDEX_WIDTHS = [12, 12, 12];

const isDateCell = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isFinite(value)) || value instanceof Date;

export const CALENDAR = defineTemplate({
  kind: 'calendar',
  tableName: 'OpsCalendar',
  sheetName: { 'zh-CN': '工作日历', 'en-US': 'Work Calendar' },
  purpose: {
    'zh-CN': '法定节假日与调休补班（休/班），可添加公司自己的日期；审批时限按此计算工作日',
    'en-US':
      "Statutory days off and make-up working days (休/班), plus your company's own; working-day deadlines count with it",
  },
  group: 'daily',
  columns: CALENDAR_COLUMNS,
  binder: bindCalendar,
  issues: CALENDAR_ISSUES,
  reading: {
    record: ({ sheet, row, values, cell, report }): CalendarRecord => {
      const day = isDateCell(cell('date')) ? values.date('date') : null;
      const kind = values.choice<DayKind>('type');
      if (day !== null && kind === null && values.text('type') === '')
        report('type', 'warning', 'calendar-missing-type', { value: day });
      return { sheet, row, day, kind, note: values.text('note') };
    },
    contributes: (records, options) =>
      records.length === 0 && options.statutory === undefined
        ? options
        : {
            ...options,
            calendar: buildWorkingCalendar({
              statutory: options.statutory ?? { years: [], days: [] },
              workbook: workbookDays(records),
            }),
          },
  },
  insert: ({ locale, today, statutory }) => {
    const year = Number(today.slice(0, 4));
    // The previous year too: an approval submitted last December or last
    // autumn is still counted in January, and the sheet's formulas must count
    // it as the core does (with last year's holidays), not Monday–Friday.
    const days = statutoryRows(statutory, [year - 1, year, year + 1], locale);
    const index = workdayIndexBlock(
      { tableDate: 0, tableType: 1, column: INDEX_COLUMN, headerRow: 0, firstYear: year - 1 },
      locale,
    );
    return {
      rows: days.map((entry) => ({
        date: entry.day,
        type: DAY_KIND_LABELS[locale][entry.kind],
        note: entry.note,
      })),
      besides: [
        {
          anchor: { row: 0, column: INDEX_COLUMN },
          headers: index.headers,
          rows: index.rows,
          numberFormats: index.numberFormats,
          widths: INDEX_WIDTHS,
        },
      ],
      names: index.names,
    };
  },
});
