#!/usr/bin/env node
/** Entry point of `npm run cli`: wires the process to `runCli`. */
import { runCli } from './run';

runCli(process.argv.slice(2), process.env, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
}).then((status) => {
  // Set, not `process.exit()`: a large JSON document on a pipe must be flushed first.
  process.exitCode = status;
});
