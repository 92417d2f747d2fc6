import { parsePeriod } from '../../review/period';
import { cellText, isBlankCell } from '../../values/cell';
import type { ColumnTypeReader } from './cell';

/** A month (`2024-05`, `2024年5月`…). */
export const PERIOD_COLUMN: ColumnTypeReader = {
  read(cell) {
    if (isBlankCell(cell.raw)) {
      cell.blank();
      return null;
    }
    const month = parsePeriod(cell.raw);
    if (month === null) cell.invalid({ value: cellText(cell.raw) });
    return month;
  },
};
