/**
 * SPEC §3 IDs: blank → missing-id, not `PREFIX-NNN` → id-format, a repeat →
 * duplicate-id on every repeat after the first. Repeats are counted across all
 * sheets of the same kind, because the workbook's trackers are read together
 * (the review names tasks by ID, so an ID must name one task).
 */
import { coreText } from '../messages';
import type { RowReader } from '../read/rowReader';
import { foldWidth } from '../text/normalise';

const ID_FORMAT = /^[A-Za-z]+-\d+$/;

export interface FirstSeen {
  readonly sheet: string;
  readonly row: number;
}

/** The IDs seen so far for one kind of sheet, keyed case-insensitively. */
export type IdRegistry = Map<string, FirstSeen>;

export function readId(reader: RowReader, registry: IdRegistry): string | null {
  const column = reader.column('id');
  if (column === undefined) return null;
  const id = foldWidth(reader.textAt(column)).trim();
  if (id === '') {
    reader.report('id', column, 'warning', 'missing-id');
    return null;
  }
  if (!ID_FORMAT.test(id)) reader.report('id', column, 'warning', 'id-format', { value: id });
  const key = id.toUpperCase();
  const first = registry.get(key);
  if (first) {
    const where =
      first.sheet === reader.grid.sheetName
        ? coreText(reader.locale, 'where.row', { row: first.row })
        : coreText(reader.locale, 'where.sheetRow', { row: first.row, sheet: first.sheet });
    reader.report('id', column, 'error', 'duplicate-id', { value: id, firstRow: where });
  } else {
    registry.set(key, { sheet: reader.grid.sheetName, row: reader.sheetRow });
  }
  return id;
}
