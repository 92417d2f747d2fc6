/**
 * The words of the `类型 Type` column: what the calendar template's dropdown
 * offers and what both the reader and the sheet's own formulas accept, from
 * this one list (SPEC §6: what Check says and what the sheet shows agree).
 * Traditional forms are listed because the formulas cannot fold scripts.
 */
import type { Locale } from '../i18n';
import { parseWordCell, vocabulary, type Vocabulary } from '../values/vocabulary';
import type { Parsed } from '../values/parsed';
import type { DayKind } from './model';

export const DAY_KIND_ORDER: readonly DayKind[] = ['dayOff', 'workingDay'];

export const DAY_KIND_LABELS: Readonly<Record<Locale, Readonly<Record<DayKind, string>>>> = {
  'zh-CN': { dayOff: '休', workingDay: '班' },
  'en-US': { dayOff: 'Day off', workingDay: 'Working day' },
};

export const DAY_KIND_WORDS: Readonly<Record<DayKind, readonly string[]>> = {
  dayOff: [
    '休',
    '休息',
    '休息日',
    '放假',
    '假',
    '假日',
    '休假',
    '节假日',
    '節假日',
    '公休',
    'Day off',
    'Off',
    'Holiday',
    'Rest day',
  ],
  workingDay: [
    '班',
    '上班',
    '补班',
    '補班',
    '调休上班',
    '調休上班',
    '工作日',
    'Working day',
    'Workday',
    'Work day',
    'Work',
    'Make-up day',
  ],
};

const WORDS: Vocabulary<DayKind> = vocabulary(
  Object.fromEntries(
    DAY_KIND_ORDER.flatMap((kind) => DAY_KIND_WORDS[kind].map((word) => [word, kind])),
  ),
);

/** A `类型 Type` cell: 休 / 班 in either language, or blank / invalid. */
export function parseDayKind(value: unknown): Parsed<DayKind> {
  return parseWordCell(value, WORDS);
}
