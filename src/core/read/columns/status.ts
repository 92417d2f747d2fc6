import { parseStatus } from '../../values/status';
import type { ColumnTypeReader } from './cell';

/** SPEC §4's status words; a blank status reads as not started. */
export const STATUS_COLUMN: ColumnTypeReader = {
  read(cell) {
    const result = parseStatus(cell.raw);
    if (result.ok) return result.value;
    if (result.reason === 'blank') {
      cell.blank();
      return 'notStarted';
    }
    cell.invalid({ value: result.text });
    return null;
  },
  invalid: { code: 'invalid-status', severity: 'error' },
  blank: { code: 'missing-status', severity: 'warning' },
  absent: () => 'notStarted',
};
