/**
 * Names for inserted sheets and tables: a taken name gets a suffix, never a
 * replacement. Excel compares both kinds of name case-insensitively.
 */

/** Excel's limit on sheet-name length. */
const SHEET_NAME_LIMIT = 31;
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;

const takenSet = (taken: readonly string[]): Set<string> =>
  new Set(taken.map((name) => name.toLocaleLowerCase()));

/** `任务跟踪表`, then `任务跟踪表 (2)`, `任务跟踪表 (3)`… within 31 characters. */
export function uniqueSheetName(desired: string, taken: readonly string[]): string {
  const base =
    desired
      .replace(FORBIDDEN_IN_SHEET_NAME, '_')
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  const used = takenSet(taken);
  const first = base.slice(0, SHEET_NAME_LIMIT);
  if (!used.has(first.toLocaleLowerCase())) return first;
  for (let n = 2; ; n += 1) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, SHEET_NAME_LIMIT - suffix.length) + suffix;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/** `OpsTasks`, then `OpsTasks2`, `OpsTasks3`… */
export function uniqueTableName(desired: string, taken: readonly string[]): string {
  const used = takenSet(taken);
  if (!used.has(desired.toLocaleLowerCase())) return desired;
  for (let n = 2; ; n += 1) {
    const candidate = `${desired}${n}`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}
