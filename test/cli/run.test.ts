/** The last-resort path of `runCli`, in process: a failure nobody foresaw is still one line. */
import { runCli } from '../../src/cli/run';

it('turns an unforeseen failure into one line naming the file, with status 2', async () => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await runCli(
    ['check', 'tracker.xlsx'],
    { LANG: 'en_US.UTF-8' },
    {
      stdout: (text) => stdout.push(text),
      stderr: (text) => stderr.push(text),
      now: () => {
        throw new Error('clock unavailable\n    at somewhere.js:1:1');
      },
    },
  );
  expect(status).toBe(2);
  expect(stdout).toEqual([]);
  expect(stderr).toEqual(['Failed while processing tracker.xlsx: clock unavailable\n']);
});
