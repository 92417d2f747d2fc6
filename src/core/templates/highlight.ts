/** What a template's highlight rules and row facts see (SPEC §6). */
import type { FactSettings } from '../model';
import type { HighlightKind } from '../plan';
import type { FormulaWords } from './columnDecl';

/** Where a highlight rule's formula finds its columns, and what is in force. */
export interface HighlightContext {
  /** Plan column index of a field (-1 when the template has no such column). */
  readonly column: (key: string) => number;
  /** `$F2`: the field's column on the first data row (the formula's anchor row). */
  readonly ref: (key: string) => string;
  readonly lastColumn: number;
  /** Zero-based sheet row of the first data row. */
  readonly firstDataRow: number;
  readonly settings: FactSettings;
  readonly words: FormulaWords;
}

/** A row's facts as highlight kinds: which highlights the row should show (SPEC §6). */
export type RowFacts = Readonly<Partial<Record<HighlightKind, boolean>>>;
