/**
 * Raw DEFLATE in a browser: the pane reads the workbooks a user picks with
 * the same reader as the CLI, and `DecompressionStream('deflate-raw')` is the
 * platform's own decompressor (nothing to download, nothing uploaded).
 * Hosts whose browser lacks it get `null`, and the pane says so.
 */
import type { Inflate } from '../package/zipArchive';

function supportsDeflateRaw(): boolean {
  if (typeof DecompressionStream !== 'function') return false;
  try {
    // Older engines know the class but not the 'deflate-raw' format: the constructor throws.
    new DecompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

export function decompressionStreamInflate(): Inflate | null {
  if (!supportsDeflateRaw()) return null;
  return async (compressed) => {
    const stream = new Blob([compressed as Uint8Array<ArrayBuffer>])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  };
}
