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

/** `A`→0, `AA`→26: the column index of letters (upper case). */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/** Zero-based row and column → `F7`. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${Math.max(0, Math.floor(row)) + 1}`;
}

/** `A2:J9` from zero-based corners. */
export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}
