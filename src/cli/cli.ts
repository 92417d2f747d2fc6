#!/usr/bin/env node
/** Entry point of `npm run cli`: wires the process to `runCli`. */
import { runCli } from './run';

// `cli check big.xlsx | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

/**
 * Resolves once stdout has room again, or is gone (a reader that closed the
 * pipe early must not leave the command waiting): null when it has room now.
 */
function stdoutDrained(): Promise<void> | null {
  if (!process.stdout.writableNeedDrain) return null;
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    process.stdout.on('drain', done).on('close', done).on('error', done);
  });
}

runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stdoutDrained,
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
}).then((status) => {
  // Set, not `process.exit()`: a large JSON document on a pipe must be flushed first.
  process.exitCode = status;
});
