import { cellText } from '../../values/cell';
import type { ColumnTypeReader } from './cell';

/** Free text: blank is whatever the column's blank rule says. */
export const TEXT_COLUMN: ColumnTypeReader = {
  read(cell) {
    const text = cellText(cell.raw);
    if (text === '') cell.blank();
    return text;
  },
  absent: () => '',
};
