import { parsePriority } from '../../values/priority';
import type { ColumnTypeReader } from './cell';

/** SPEC §4's priority words. */
export const PRIORITY_COLUMN: ColumnTypeReader = {
  read(cell) {
    const result = parsePriority(cell.raw);
    if (result.ok) return result.value;
    if (result.reason === 'blank') cell.blank();
    else cell.invalid({ value: result.text });
    return null;
  },
  invalid: { code: 'invalid-priority', severity: 'error' },
  blank: { code: 'missing-priority', severity: 'warning' },
};
