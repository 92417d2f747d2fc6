/** A template's part of the monthly review: its section, card and sheet block. */
import type { EngineOptions } from '../engine';
import type { MonthKey } from '../model';
import type { RecordBase } from './reading';

/** An item of a review card; `at` lets the pane jump to it. */
export interface ReviewCardItem {
  readonly text: string;
  readonly at?: { readonly sheet: string; readonly cell: string };
}

/** Where a review line about a record takes the person: a cell of its row. */
export type LocateRow = (record: RecordBase) => { readonly sheet: string; readonly cell: string };

/** A record read by no workbook reading (a test's own): its row's first column. */
const firstColumn: LocateRow = (record) => ({ sheet: record.sheet, cell: `A${record.row}` });

/**
 * A card item standing for a record: it jumps to the cell `locate` gives (the
 * reading's: the row's name). The record comes from the section's own rows,
 * in its items' order.
 */
export const rowItem = (
  text: string,
  record: RecordBase | undefined,
  locate: LocateRow = firstColumn,
): ReviewCardItem => (record === undefined ? { text } : { text, at: locate(record) });

/** A review section as the pane shows it, without template-specific code. */
export interface ReviewCard {
  readonly title: string;
  readonly figures: readonly { readonly label: string; readonly value: string }[];
  readonly items: readonly ReviewCardItem[];
}

export interface SectionInput<R> {
  /** Every record of the kind in the workbook. */
  readonly records: readonly R[];
  /** True when the workbook holds at least one sheet of the kind. */
  readonly present: boolean;
  readonly month: MonthKey;
  readonly options: EngineOptions;
  /** Where a line about a record goes (the workbook reading's `rowLocation`); for `rowItem`. */
  readonly locate?: LocateRow;
}

/** A JSON value a section may hold (what `review --json` prints). */
export type Json =
  string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json };

/** A template's part of the monthly review. */
export interface ReviewSection<R, J extends Json = Json> {
  /** Its key in `review --json` (SPEC §11.10). */
  readonly key: string;
  /**
   * True for the first release's sections, whose keys sit at the top level of
   * `review --json` (SPEC §7); new kinds nest under `key`.
   */
  readonly topLevel?: boolean;
  /** The section, or null when the workbook lacks the kind. */
  build(input: SectionInput<R>): J | null;
  /** Plain text lines (CLI text, the review sheet's block, share as text). */
  /** Lines say which month or "as of today" (SPEC §12), so they get the input too. */
  lines(section: J, input: SectionInput<R>): readonly string[];
  card(section: J, input: SectionInput<R>): ReviewCard;
  /**
   * The section's block in the review sheet. Without it the block is the
   * card's title over the section's `lines`.
   */
  sheet?(section: J, input: SectionInput<R>): SheetSectionBlock;
}

/** A section as the review sheet shows it: a heading cell, then one cell per line. */
export interface SheetSectionBlock {
  readonly heading: string;
  readonly lines: readonly string[];
}
