import { cellText } from '../../values/cell';
import { parseNumberCell } from '../../values/number';
import type { ColumnTypeReader } from './cell';

/** A number (or rate), with the units a team may type after it and the column's range. */
export const NUMBER_COLUMN: ColumnTypeReader = {
  read(cell) {
    const { declared, raw } = cell;
    const result = parseNumberCell(raw, declared.units);
    if (!result.ok) {
      if (result.reason === 'invalid') cell.invalid({ value: result.text });
      else cell.blank();
      return null;
    }
    const range = declared.range;
    if (range && (result.value < range.min || result.value > range.max))
      cell.rule(range.rule, { value: cellText(raw), min: range.min, max: range.max });
    return result.value;
  },
  invalid: { code: 'invalid-number', severity: 'error' },
};
