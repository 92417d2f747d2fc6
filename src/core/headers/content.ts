/**
 * SPEC §13: a header that fits several fields (`Completed`, `完成`, `进度`,
 * `状态`…) binds by what its column holds. Mostly dates → the completion
 * date; mostly ✓/✗ marks → a done flag; mostly percentages → percent
 * complete; otherwise the header's usual field, if it has one.
 */
import { isBlankCell } from '../values/cell';
import { parseDateCell } from '../values/dates';
import { parseDoneFlag } from '../values/doneFlag';
import { parsePercent } from '../values/percent';

export type ColumnContent = 'dates' | 'flags' | 'percentages';

/** Fields the content decides. */
export const CONTENT_FIELDS: Readonly<Record<ColumnContent, string>> = {
  dates: 'completed',
  flags: 'doneFlag',
  percentages: 'percentComplete',
};

/** Rows looked at: enough to tell a column's kind, bounded for large sheets. */
const SAMPLE_ROWS = 200;
/** Serials below this are small numbers (80 = 80%), not days of 1900. */
const FIRST_PLAUSIBLE_SERIAL = 3_000;

function contentOf(value: unknown): ColumnContent | null {
  if (typeof value === 'number') {
    if (value >= FIRST_PLAUSIBLE_SERIAL) return parseDateCell(value).ok ? 'dates' : null;
    return parsePercent(value).ok ? 'percentages' : null;
  }
  if (parseDoneFlag(value).ok) return 'flags';
  if (typeof value === 'string' && /%\s*$/.test(value) && parsePercent(value).ok)
    return 'percentages';
  return parseDateCell(value).ok ? 'dates' : null;
}

/** What most of a column's filled cells are, or null when no kind has the majority. */
export function columnContent(values: Iterable<unknown>): ColumnContent | null {
  const counts = new Map<ColumnContent, number>();
  let filled = 0;
  for (const value of values) {
    // A 0 says nothing of its column: 0% and a formula's blank both read 0, in any column.
    if (value === 0 || isBlankCell(value)) continue;
    filled += 1;
    const content = contentOf(value);
    if (content) counts.set(content, (counts.get(content) ?? 0) + 1);
    if (filled >= SAMPLE_ROWS) break;
  }
  for (const [content, count] of counts) if (count * 2 > filled) return content;
  return null;
}
