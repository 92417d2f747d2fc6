import { cellText } from '../../values/cell';
import { choiceLabels, parseChoice } from '../../values/choice';
import type { ColumnTypeReader } from './cell';

/** A closed list of values; a choice column without a declared list reads its text. */
export const CHOICE_COLUMN: ColumnTypeReader = {
  read(cell) {
    const choice = cell.declared.choice;
    if (!choice) return cellText(cell.raw) || null;
    const result = parseChoice(cell.raw, choice);
    if (result.ok) return result.value;
    if (result.reason === 'blank') cell.blank();
    else
      cell.invalid({
        value: result.text,
        allowed: choiceLabels(choice, cell.locale).join('/'),
      });
    return null;
  },
  invalid: { code: 'invalid-value', severity: 'error' },
};
