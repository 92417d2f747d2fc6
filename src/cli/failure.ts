/**
 * A reason to stop with exit status 2: bad usage or an unusable file. Carries
 * a message key, not text, so it is localised where it is printed.
 */
import type { CliMessage } from './messages';

export class CliFailure extends Error {
  constructor(
    readonly key: CliMessage,
    readonly params: Readonly<Record<string, string | number>> = {},
    options?: { cause?: unknown },
  ) {
    super(key, options);
    this.name = 'CliFailure';
  }
}
