import { cellText } from '../../values/cell';
import { parseList } from '../../values/list';
import type { ColumnTypeReader } from './cell';

/** Several names or items in one cell; no item at all is blank. */
export const LIST_COLUMN: ColumnTypeReader = {
  read(cell) {
    const items = parseList(cellText(cell.raw));
    if (items.length === 0) cell.blank();
    return items;
  },
  absent: () => [],
};
