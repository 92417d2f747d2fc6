/** SPEC §13 Fix: what one change to one cell is, planned by the core and applied by an edge. */
import type { CalendarDay } from '../model';

/** Why a cell is changed. */
export type FixKind =
  /** A day typed as text (`2023.07.05`) becomes a real date. */
  | 'textDate'
  /** A status synonym (`处理中`, `Doing`, `進行中`) becomes the sheet language's dropdown value. */
  | 'status'
  /** A priority synonym (`H`, `P1`, `紧急`) becomes the dropdown value. */
  | 'priority'
  /** An owner placeholder (`待定`, `TBD`, `-`) becomes blank. */
  | 'noOwner';

/** What the cell holds after the change. */
export type FixValue =
  | {
      readonly kind: 'day';
      readonly day: CalendarDay;
      /** The time of day kept from the text, in minutes after midnight (date-and-time columns). */
      readonly minutes?: number;
      /** The Excel serial the cell holds (with the time as its fraction). */
      readonly serial: number;
      /** The date format the cell is shown in (the column's, when the edge knows it). */
      readonly numberFormat: string;
    }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'blank' };

export interface FixChange {
  readonly sheet: string;
  /** A1 address, e.g. `F7`. */
  readonly cell: string;
  /** Zero-based sheet row and column of the cell. */
  readonly row: number;
  readonly column: number;
  /** The template field the column is bound to. */
  readonly field: string;
  readonly kind: FixKind;
  /** The cell's text before the change, as the sheet shows it. */
  readonly before: string;
  readonly after: FixValue;
}

const clockText = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The text a changed cell shows afterwards (the log and the preview). */
export function afterText(value: FixValue): string {
  switch (value.kind) {
    case 'day':
      return value.minutes === undefined ? value.day : `${value.day} ${clockText(value.minutes)}`;
    case 'text':
      return value.text;
    case 'blank':
      return '';
  }
}
