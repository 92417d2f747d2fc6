/**
 * Raw cell values from any source (Office.js `values`, ExcelJS cell values,
 * tests) reduced to the few shapes the parsers understand. Anything unknown
 * becomes an `unreadable` shape, never an exception.
 */
import { dateObjectDay } from './calendar';

export type CellScalar =
  | { readonly kind: 'blank' }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'date'; readonly date: Date }
  /** An error (`#N/A`), a boolean, an unknown object: shown as `text` in messages. */
  | { readonly kind: 'unreadable'; readonly text: string };

const BLANK_CELL: CellScalar = { kind: 'blank' };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function richText(runs: unknown): string | null {
  if (!Array.isArray(runs)) return null;
  let text = '';
  for (const run of runs) {
    if (isRecord(run) && typeof run.text === 'string') text += run.text;
  }
  return text;
}

function fromObject(value: Record<string, unknown>, depth: number): CellScalar {
  if (value instanceof Date) return { kind: 'date', date: value };
  if (typeof value.error === 'string') return { kind: 'unreadable', text: value.error };
  const runs = richText(value.richText);
  if (runs !== null) return fromText(runs);
  // ExcelJS: a formula cell carries its last result; a hyperlink carries its text.
  if ('result' in value && depth < 3) return scalarOf(value.result, depth + 1);
  if ('formula' in value || 'sharedFormula' in value) return BLANK_CELL;
  if (typeof value.text === 'string') return fromText(value.text);
  if (isRecord(value.text) && depth < 3) return scalarOf(value.text, depth + 1);
  return { kind: 'unreadable', text: Array.isArray(value) ? '[…]' : '{…}' };
}

function fromText(text: string): CellScalar {
  // Kept as typed (full-width punctuation included); parsers fold widths themselves.
  const trimmed = text.trim();
  return trimmed === '' ? BLANK_CELL : { kind: 'text', text: trimmed };
}

function scalarOf(value: unknown, depth: number): CellScalar {
  switch (typeof value) {
    case 'string':
      return fromText(value);
    case 'number':
      return Number.isFinite(value)
        ? { kind: 'number', value }
        : { kind: 'unreadable', text: String(value) };
    case 'boolean':
      return { kind: 'unreadable', text: value ? 'TRUE' : 'FALSE' };
    case 'object':
      return value === null ? BLANK_CELL : fromObject(value as Record<string, unknown>, depth);
    case 'undefined':
      return BLANK_CELL;
    default:
      return { kind: 'unreadable', text: String(typeof value) };
  }
}

export function cellScalar(value: unknown): CellScalar {
  return scalarOf(value, 0);
}

/** The text a cell shows, for text fields (names, notes) and messages. */
export function scalarText(scalar: CellScalar): string {
  switch (scalar.kind) {
    case 'blank':
      return '';
    case 'text':
    case 'unreadable':
      return scalar.text;
    case 'number':
      return String(scalar.value);
    case 'date':
      return dateObjectDay(scalar.date) ?? '';
  }
}

/** The text a cell shows; a string (most cells) skips the general reading. */
export function cellText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : scalarText(cellScalar(value));
}

export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (typeof value === 'string') return value.trim() === '';
  return cellScalar(value).kind === 'blank';
}
