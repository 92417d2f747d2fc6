/** A1-style addresses from zero-based sheet coordinates. */

/** 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let n = Math.max(0, Math.floor(index)) + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Zero-based row and column → `F7`. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${Math.max(0, Math.floor(row)) + 1}`;
}
