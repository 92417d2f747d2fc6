/**
 * Whether a number format shows a date (SPEC §13: Fix writes a converted date
 * in its column's date format). Excel's built-in date formats are ids 14–17,
 * 22 and, in East Asian locales, 27–36 and 50–58 (ECMA-376 §18.8.30); a custom
 * code shows a date when, outside quoted text, escapes and bracketed colours
 * or locales, it has a year, day or month token.
 */
const BUILT_IN_DATE_IDS = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

export function isBuiltInDateFormat(id: number): boolean {
  return BUILT_IN_DATE_IDS.has(id);
}

export function isDateFormatCode(code: string): boolean {
  if (isElapsedFormatCode(code)) return false;
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (/^general$/i.test(bare.trim())) return false;
  // `m` alone after an hour or before seconds is minutes, so a date needs y, d, or m beside them.
  return /[yd]/i.test(bare) || /m/i.test(bare.replace(/h+\s*:?\s*m+|m+\s*:?\s*s+/gi, ''));
}

/**
 * `[h]`, `[mm]`, `[ss]` outside quoted text and escapes: elapsed time, a
 * duration (10.63 is 255 hours) rather than a point in time, so a 1904
 * workbook's value is not moved by the 1,462 days between the two systems'
 * day zero (calamine date_1904.xlsx; openpyxl reads the duration too).
 */
export function isElapsedFormatCode(code: string): boolean {
  return /\[(?:h+|m+|s+)\]/i.test(code.replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}
