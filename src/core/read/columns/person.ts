import { cellText } from '../../values/cell';
import { parsePerson } from '../../values/person';
import type { ColumnTypeReader } from './cell';

/** Someone on the row; a no-owner placeholder (待定, TBD…) reads as blank. */
export const PERSON_COLUMN: ColumnTypeReader = {
  read(cell) {
    const person = parsePerson(cellText(cell.raw));
    if (person === null) cell.blank();
    return person;
  },
};
