#!/usr/bin/env node
/** Entry point of `npm run cli`: wires the process to `runCli`. */
import { runCli } from './run';

// `cli check big.xlsx | head` closes the pipe early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
}).then((status) => {
  // Set, not `process.exit()`: a large JSON document on a pipe must be flushed first.
  process.exitCode = status;
});
