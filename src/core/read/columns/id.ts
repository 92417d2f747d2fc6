import { coreText } from '../../messages';
import { foldWidth } from '../../text/normalise';
import { cellText } from '../../values/cell';
import type { ColumnCell, ColumnTypeReader } from './cell';

/** SPEC §3: `PREFIX-NNN`. */
const ID_FORMAT = /^[A-Za-z]+-\d+$/;

/** A row's ID: its form, and (unless the column allows repeats) its uniqueness across the kind. */
export const ID_COLUMN: ColumnTypeReader = {
  read(cell) {
    const { declared } = cell;
    const id = foldWidth(cellText(cell.raw)).trim();
    if (id === '') {
      cell.blank();
      return null;
    }
    if (!(declared.idFormat ?? ID_FORMAT).test(id)) cell.invalid({ value: id });
    if (declared.unique === false) return id;
    checkRepeat(cell, id);
    return id;
  },
  invalid: { code: 'id-format', severity: 'warning' },
};

/**
 * SPEC §13: a repeat on the same sheet is an error; on another sheet of the
 * kind (two teams both numbering from OP-001) a warning, since the review
 * still names both.
 */
function checkRepeat(cell: ColumnCell, id: string): void {
  const key = id.toUpperCase();
  const seen = cell.ids.sightings(key);
  if (seen === undefined) {
    // The common case, once per row: nothing to compare.
    cell.ids.add(key, cell.sheet, cell.row);
    return;
  }
  const onThisSheet = seen.find((first) => first.sheet === cell.sheet);
  if (onThisSheet) {
    const where = coreText(cell.locale, 'where.row', { row: onThisSheet.row });
    cell.report('error', 'duplicate-id', { value: id, firstRow: where });
    return;
  }
  const elsewhere = seen[0];
  if (elsewhere) {
    const where = coreText(cell.locale, 'where.sheetRow', {
      row: elsewhere.row,
      sheet: elsewhere.sheet,
    });
    cell.report('warning', 'duplicate-id', { value: id, firstRow: where });
  }
  cell.ids.add(key, cell.sheet, cell.row);
}
