/** SPEC §10: the work calendar's table, 日期 Date · 类型 Type · 说明 Note. */
import { DAY_KIND_LABELS, DAY_KIND_ORDER, DAY_KIND_WORDS } from '../../calendar/dayKinds';
import type { DayKind } from '../../calendar/model';
import type { Choice, ColumnDecl } from '../module';
import { DATE, TEXT } from '../formats';
import type { CalendarIssueCode } from './messages';

/** 休 / 班 in both languages; the other words the reader and the sheet's formulas accept. */
export const DAY_KIND_CHOICE: Choice<DayKind> = {
  values: DAY_KIND_ORDER,
  labels: DAY_KIND_LABELS,
  words: Object.fromEntries(
    DAY_KIND_ORDER.flatMap((kind) => DAY_KIND_WORDS[kind].map((word) => [word, kind])),
  ),
};

export const CALENDAR_COLUMNS: readonly ColumnDecl<CalendarIssueCode>[] = [
  {
    key: 'date',
    header: { 'zh-CN': '日期', 'en-US': 'Date' },
    type: 'date',
    required: true,
    width: 12,
    numberFormat: DATE,
    blank: { code: 'calendar-missing-day', severity: 'warning' },
    synonyms: { words: ['日子', 'Day'] },
  },
  {
    key: 'type',
    header: { 'zh-CN': '类型', 'en-US': 'Type' },
    type: 'choice',
    required: true,
    width: 14,
    numberFormat: TEXT,
    choice: DAY_KIND_CHOICE,
    synonyms: { words: ['休/班', '放假/上班', '日期类型', 'Day type', 'Kind'] },
  },
  {
    key: 'note',
    header: { 'zh-CN': '说明', 'en-US': 'Note' },
    type: 'text',
    required: false,
    width: 24,
    numberFormat: TEXT,
    synonyms: { words: ['备注', '节日', '假日名称', 'Notes', 'Holiday'] },
  },
];
