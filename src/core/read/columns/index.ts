/** Each column type's reader: the one place a type is mapped to how its cells are read. */
import type { ColumnType } from '../../model';
import type { ColumnTypeReader } from './cell';
import { CHOICE_COLUMN } from './choice';
import { DATE_COLUMN } from './date';
import { ID_COLUMN } from './id';
import { LIST_COLUMN } from './list';
import { NUMBER_COLUMN } from './number';
import { PERIOD_COLUMN } from './period';
import { PERSON_COLUMN } from './person';
import { PRIORITY_COLUMN } from './priority';
import { STATUS_COLUMN } from './status';
import { TEXT_COLUMN } from './text';

export type { AnyRule, ColumnCell, ColumnTypeReader } from './cell';
export { badDate, readDate } from './date';

export const COLUMN_READERS: Readonly<Record<ColumnType, ColumnTypeReader>> = {
  id: ID_COLUMN,
  text: TEXT_COLUMN,
  person: PERSON_COLUMN,
  date: DATE_COLUMN,
  datetime: DATE_COLUMN,
  priority: PRIORITY_COLUMN,
  status: STATUS_COLUMN,
  list: LIST_COLUMN,
  choice: CHOICE_COLUMN,
  period: PERIOD_COLUMN,
  number: NUMBER_COLUMN,
  rate: NUMBER_COLUMN,
};
