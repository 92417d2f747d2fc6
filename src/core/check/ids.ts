/**
 * SPEC §3 IDs: blank → missing-id, not `PREFIX-NNN` → id-format, a repeat →
 * duplicate-id on every repeat after the first. SPEC §13: a repeat on the same
 * sheet is an error; on another sheet of the workbook (two teams both
 * numbering from OP-001) it is a warning, since the review still names both.
 */
import { coreText } from '../messages';
import type { RowReader } from '../read/rowReader';
import { foldWidth } from '../text/normalise';

const ID_FORMAT = /^[A-Za-z]+-\d+$/;

export interface FirstSeen {
  readonly sheet: string;
  readonly row: number;
}

/** The IDs seen so far for one kind of sheet, keyed case-insensitively: the first row per sheet. */
export type IdRegistry = Map<string, FirstSeen[]>;

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
  const sheet = reader.grid.sheetName;
  const seen = registry.get(key) ?? [];
  const onThisSheet = seen.find((first) => first.sheet === sheet);
  if (onThisSheet) {
    const where = coreText(reader.locale, 'where.row', { row: onThisSheet.row });
    reader.report('id', column, 'error', 'duplicate-id', { value: id, firstRow: where });
    return id;
  }
  const elsewhere = seen[0];
  if (elsewhere) {
    const where = coreText(reader.locale, 'where.sheetRow', {
      row: elsewhere.row,
      sheet: elsewhere.sheet,
    });
    reader.report('id', column, 'warning', 'duplicate-id', { value: id, firstRow: where });
  }
  registry.set(key, [...seen, { sheet, row: reader.sheetRow }]);
  return id;
}
