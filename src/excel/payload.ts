/**
 * Size estimates that keep each round trip under Excel on the web's 5 MB
 * request/response limit. Only estimates: the host has the final word, and
 * a rejected sync is retried smaller.
 */

/** Excel on the web rejects any request or response above 5 MB; keep a margin. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;

/** First read block, in rows; halved on payload errors. */
export const FIRST_BLOCK_ROWS = 5000;

/**
 * Bytes per cell assumed before anything has been read: a short Chinese text
 * cell in JSON ("进行中", quotes and comma) is about 12 bytes; notes columns
 * run longer.
 */
export const ASSUMED_BYTES_PER_CELL = 24;

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? '');
