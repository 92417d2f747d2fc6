/** A1 addresses and rectangles for the fake (zero-based rows and columns). */

export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function cellName(row: number, column: number): string {
  return `${columnName(column)}${row + 1}`;
}

export function rectAddress(rect: Rect): string {
  const first = cellName(rect.row, rect.column);
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${cellName(rect.row + rect.rowCount - 1, rect.column + rect.columnCount - 1)}`;
}

/** Excel quotes sheet names that are not plain words. */
export function quoteSheetName(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect)}`;
}

function parseCell(text: string): { row: number; column: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text);
  if (!match) return null;
  let column = 0;
  for (const letter of (match[1] ?? '').toUpperCase())
    column = column * 26 + letter.charCodeAt(0) - 64;
  const row = Number(match[2]);
  if (row < 1 || column > 16384 || row > 1048576) return null;
  return { row: row - 1, column: column - 1 };
}

/** Splits `'My sheet'!A1:B2` into sheet name and range part. */
export function splitSheet(address: string): { sheet: string | null; range: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(address);
  if (quoted) return { sheet: (quoted[1] ?? '').replace(/''/g, "'"), range: quoted[2] ?? '' };
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, range: address };
  return { sheet: address.slice(0, bang), range: address.slice(bang + 1) };
}

/** Parses `A1` or `A1:C3` (no sheet part); null when malformed. */
export function parseRect(range: string): Rect | null {
  const [from, to, extra] = range.split(':');
  if (extra !== undefined || from === undefined) return null;
  const a = parseCell(from);
  const b = to === undefined ? a : parseCell(to);
  if (!a || !b) return null;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.abs(a.row - b.row) + 1,
    columnCount: Math.abs(a.column - b.column) + 1,
  };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

/** Every cell of a sheet (what `getRange()` without an address is). */
export const WHOLE_SHEET = { row: 0, column: 0, rowCount: 1048576, columnCount: 16384 };

/** `$1:$1` or `1:2`: whole rows. */
export function parseRows(address: string) {
  const match = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (!match) return null;
  const first = Number(match[1]) - 1;
  return {
    row: first,
    column: 0,
    rowCount: Number(match[2]) - first,
    columnCount: WHOLE_SHEET.columnCount,
  };
}
