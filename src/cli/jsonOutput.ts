/**
 * `JSON.stringify(document, null, 2)`, written out in pieces of about 64 KB:
 * a check of 50,000 rows lists 100,000 issues, and building its 20 MB
 * document as one string (then one buffer for the pipe) cost more memory
 * than reading the workbook. Byte for byte the text `JSON.stringify` gives.
 */
const PIECE = 64 * 1024;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What `JSON.stringify` leaves out of an object (and writes as `null` in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * A record of plain values only (an issue, a task): `JSON.stringify` writes
 * it whole, natively, several times faster than walking its entries here.
 */
function isFlat(value: Record<string, unknown>): boolean {
  for (const key in value) {
    const item = value[key];
    if (typeof item === 'object' && item !== null) return false;
  }
  return true;
}

export function writeJson(document: unknown, write: (text: string) => void): void {
  let pending = '';
  const emit = (text: string) => {
    pending += text;
    if (pending.length >= PIECE) {
      write(pending);
      pending = '';
    }
  };
  const walk = (value: unknown, indent: string): void => {
    const inner = `${indent}  `;
    if (Array.isArray(value) && value.length > 0) {
      emit('[');
      value.forEach((item, index) => {
        emit(`${index === 0 ? '' : ','}\n${inner}`);
        if (isOmitted(item)) emit('null');
        else walk(item, inner);
      });
      emit(`\n${indent}]`);
      return;
    }
    if (isRecord(value) && typeof value.toJSON !== 'function' && !isFlat(value)) {
      const entries = Object.entries(value).filter(([, item]) => !isOmitted(item));
      if (entries.length > 0) {
        emit('{');
        entries.forEach(([key, item], index) => {
          emit(`${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `);
          walk(item, inner);
        });
        emit(`\n${indent}}`);
        return;
      }
    }
    emit((JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`));
  };
  walk(document, '');
  emit('\n');
  if (pending !== '') write(pending);
}
