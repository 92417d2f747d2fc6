/** Number formats our templates use. Text columns are `@` so typed IDs, `-` or `=` stay text. */
import { TEXT_FORMAT } from '../cell';

export const TEXT = TEXT_FORMAT;
export const DATE = 'yyyy-mm-dd';
export const DATE_TIME = 'yyyy-mm-dd hh:mm';
export const COUNT = '0';
