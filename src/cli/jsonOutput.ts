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
 * A value with no array anywhere in it (an issue; a late task with its
 * location): small, so `JSON.stringify` writes it whole, natively, faster
 * than walking it here with a generator per value (a 10,000-row review's
 * late and overdue tasks each hold their location). Only arrays make a
 * document large, so only they are walked.
 */
function isSmall(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) return false;
  for (const key in value) if (!isSmall((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** `value` as `JSON.stringify(…, null, 2)` writes it at `indent`. */
function whole(value: unknown, indent: string): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
}

/**
 * Items of an array written in one native `JSON.stringify` each run: at most
 * this many, so a run's text stays near a piece's size (an issue is ~250
 * characters). One call per item, each with its own regular-expression
 * pass, cost a 10,000-row review more than reading its dates.
 */
const RUN = 256;

/** How many items from `start` are small enough to write natively (0: the first is not). */
function smallRun(items: readonly unknown[], start: number): number {
  const end = Math.min(items.length, start + RUN);
  let at = start;
  while (at < end && (isOmitted(items[at]) || isSmall(items[at]))) at += 1;
  return at - start;
}

/**
 * Items as the walk writes them at `indent`: each on its own line one level
 * in, comma-separated. `JSON.stringify` of the slice gives exactly that
 * between its brackets (it writes an omitted item as `null`, as the walk
 * does), once every line is moved right by `indent`.
 */
function runText(items: readonly unknown[], indent: string): string {
  const text = whole(items, indent);
  return text.slice(1, text.length - indent.length - 2);
}

/** The document's text in pieces of about `PIECE` characters, made as they are taken. */
export function* jsonPieces(document: unknown): Generator<string, void, undefined> {
  let pending = '';
  function* walk(value: unknown, indent: string): Generator<string, void, undefined> {
    const inner = `${indent}  `;
    if (Array.isArray(value) && value.length > 0) {
      pending += '[';
      let index = 0;
      while (index < value.length) {
        const run = smallRun(value, index);
        if (run > 0) {
          pending += `${index === 0 ? '' : ','}${runText(value.slice(index, index + run), indent)}`;
          index += run;
        } else {
          pending += `${index === 0 ? '' : ','}\n${inner}`;
          yield* walk(value[index], inner);
          index += 1;
        }
        if (pending.length >= PIECE) {
          yield pending;
          pending = '';
        }
      }
      pending += `\n${indent}]`;
      return;
    }
    if (isRecord(value) && typeof value.toJSON !== 'function' && !isSmall(value)) {
      const entries = Object.entries(value).filter(([, item]) => !isOmitted(item));
      if (entries.length > 0) {
        pending += '{';
        for (let index = 0; index < entries.length; index += 1) {
          const [key, item] = entries[index]!;
          pending += `${index === 0 ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
          if (isSmall(item)) pending += whole(item, inner);
          else yield* walk(item, inner);
        }
        pending += `\n${indent}}`;
        return;
      }
    }
    pending += whole(value, indent);
  }
  yield* walk(document, '');
  pending += '\n';
  yield pending;
}

export function writeJson(document: unknown, write: (text: string) => void): void {
  for (const piece of jsonPieces(document)) write(piece);
}

/**
 * `writeJson` that waits, after a piece, until `drained` says the output
 * has room: a pipe read slower than the document is made (a check piped
 * to another program) would otherwise queue all of it in memory, 20 MB of
 * text held twice over (issue 16: the 50,000-merge check peaked at 313 MB
 * on a pipe, 156 MB into a file).
 */
export async function writeJsonDrained(
  document: unknown,
  write: (text: string) => void,
  drained: () => Promise<void> | null,
): Promise<void> {
  for (const piece of jsonPieces(document)) {
    write(piece);
    const waiting = drained();
    if (waiting) await waiting;
  }
}
