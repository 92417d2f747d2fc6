/**
 * The command line's bundle (`dist-cli/cli/main.js`): wires the process to
 * `runCli`. `launch.ts` is the entry point that runs it.
 */
import { writeSync } from 'node:fs';
import { runCli } from './run';

/**
 * stdout is written with `writeSync` on fd 1 while that works, and
 * `process.stdout` is only made when it does not: making it loads Node's
 * stream and socket modules, about 5 ms of a 1,000-row `check` (issue 16).
 * A synchronous write to a full pipe waits until the reader takes some, so
 * the document is never queued in memory either. An fd left non-blocking by
 * whoever started us (EAGAIN) hands the rest to the stream, which waits for
 * `drain` as before.
 */
let stream: NodeJS.WriteStream | null = null;
/** The reader went away (`cli check big.xlsx | head`): that is its choice, not a failure. */
let readerGone = false;

function stdoutStream(): NodeJS.WriteStream {
  if (stream) return stream;
  stream = process.stdout;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    readerGone = true;
  });
  return stream;
}

function writeStdout(text: string): void {
  if (readerGone) return;
  if (stream) {
    stream.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    // A pipe may take part of a large write; the rest follows.
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') readerGone = true;
    else if (code === 'EAGAIN') stdoutStream().write(bytes.subarray(written));
    else throw error;
  }
}

/**
 * Resolves once stdout has room again, or is gone (a reader that closed the
 * pipe early must not leave the command waiting): null when it has room now,
 * always so while writes are synchronous.
 */
function stdoutDrained(): Promise<void> | null {
  const out = stream;
  if (!out || readerGone || !out.writableNeedDrain) return null;
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    out.on('drain', done).on('close', done).on('error', done);
  });
}

runCli(process.argv.slice(2), process.env, {
  stdout: writeStdout,
  stdoutDrained,
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
}).then((status) => {
  // Set, not `process.exit()`: a large JSON document on a pipe must be flushed first.
  process.exitCode = status;
});
