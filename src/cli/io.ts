/** What a command may touch besides files: its two output streams and the clock. */
import { translate, type Locale } from '../core/i18n';
import { writeJson, writeJsonDrained } from './jsonOutput';
import { CLI_MESSAGES, type CliMessage } from './messages';

export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  /**
   * When stdout cannot take more yet (a pipe read slowly), a promise of the
   * moment it can; null when it can now. Without it, output is never waited on.
   */
  readonly stdoutDrained?: () => Promise<void> | null;
}

/** Localised text for one message of the CLI catalogue. */
export type Say = (key: CliMessage, params?: Readonly<Record<string, string | number>>) => string;

export function sayIn(locale: Locale): Say {
  return (key, params) => translate(CLI_MESSAGES, locale, key, params);
}

/** `--json` prints exactly one document and nothing else (in pieces: it may be large). */
export async function printJson(io: CliIo, document: unknown): Promise<void> {
  if (io.stdoutDrained) await writeJsonDrained(document, io.stdout, io.stdoutDrained);
  else writeJson(document, io.stdout);
}

export function printLines(io: CliIo, lines: readonly string[]): void {
  io.stdout(`${lines.join('\n')}\n`);
}
