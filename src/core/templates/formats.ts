/** Number formats our templates use. Text columns are `@` so typed IDs, `-` or `=` stay text. */
export const TEXT = '@';
export const DATE = 'yyyy-mm-dd';
export const DATE_TIME = 'yyyy-mm-dd hh:mm';
export const COUNT = '0';
