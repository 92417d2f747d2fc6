/**
 * Column declarations several templates share (SPEC §11: "owner" columns use
 * §4's no-owner words, `status` columns §4's status vocabulary, and every
 * template gets §3's `missing-due`, `unassigned` and completion-date checks).
 * Each template still names its own key, header, width and synonyms, and may
 * override any other part of the declaration.
 */
import { DATE, TEXT } from './formats';
import type { ColumnDecl } from './module';
import { STATUS_ALLOWED } from './vocabulary';
import { COMPLETED_HEADERS, STATUS_HEADERS } from './words';

/** What a template says about a shared column: at least its key, header and width. */
export type ColumnLabel<C extends string = never> = Pick<
  ColumnDecl<C>,
  'key' | 'header' | 'width'
> &
  Partial<ColumnDecl<C>>;

/** Someone on the row whose blank (or 待定, TBD…) on an open row is `unassigned`. */
export function ownerColumn<C extends string = never>(label: ColumnLabel<C>): ColumnDecl<C> {
  return {
    type: 'person',
    required: true,
    numberFormat: TEXT,
    blank: { code: 'unassigned', severity: 'warning', when: 'open' },
    ...label,
  };
}

/** Someone named on the row (an applicant, a trainer) whose blank is no problem of its own. */
export function personColumn<C extends string = never>(label: ColumnLabel<C>): ColumnDecl<C> {
  return { type: 'person', required: true, numberFormat: TEXT, ...label };
}

/** The day the row is due (a task's due date, a milestone's plan): blank is `missing-due`. */
export function dueColumn<C extends string = never>(label: ColumnLabel<C>): ColumnDecl<C> {
  return {
    type: 'date',
    required: true,
    numberFormat: DATE,
    blank: { code: 'missing-due', severity: 'error' },
    ...label,
  };
}

/** §4's status words, offered as a dropdown. */
export function statusColumn<C extends string = never>(label: ColumnLabel<C>): ColumnDecl<C> {
  return {
    type: 'status',
    required: true,
    numberFormat: TEXT,
    allowed: STATUS_ALLOWED,
    synonyms: { words: STATUS_HEADERS },
    ...label,
  };
}

/** When a done row was done: blank on a done row is `missing-completed-date`. */
export function completedColumn<C extends string = never>(label: ColumnLabel<C>): ColumnDecl<C> {
  return {
    type: 'date',
    required: false,
    numberFormat: DATE,
    blank: { code: 'missing-completed-date', severity: 'warning', when: 'done' },
    synonyms: { words: COMPLETED_HEADERS },
    ...label,
  };
}
