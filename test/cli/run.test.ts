/** The last-resort path of `runCli`, in process: a failure nobody foresaw is still one line. */
import { runCli } from '../../src/cli/run';
import { chooseLocale, systemLocale } from '../../src/cli/args';

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

describe("the system's language when no --lang is given", () => {
  it('follows the POSIX variables in their order of precedence', () => {
    expect(systemLocale({ LANG: 'zh_CN.UTF-8' }, 'en-US')).toBe('zh-CN');
    expect(systemLocale({ LANG: 'en_US.UTF-8', LC_ALL: 'zh_TW.UTF-8' }, 'en-US')).toBe('zh-CN');
    expect(systemLocale({ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'en_GB' }, 'zh-CN')).toBe('en-US');
  });

  it('asks Intl when they are absent (Windows) or say nothing (C, POSIX)', () => {
    expect(systemLocale({}, 'zh-CN')).toBe('zh-CN');
    expect(systemLocale({ LANG: 'C.UTF-8' }, 'zh-Hans-CN')).toBe('zh-CN');
    expect(systemLocale({ LC_ALL: 'POSIX' }, 'en-US')).toBe('en-US');
    expect(systemLocale({}, 'de-DE')).toBe('en-US');
  });

  it('asks Intl for the same locale DateTimeFormat reports (it asks the cheaper PluralRules)', () => {
    const reported = Intl.DateTimeFormat().resolvedOptions().locale;
    expect(new Intl.PluralRules().resolvedOptions().locale).toBe(reported);
    expect(systemLocale({})).toBe(/^zh/i.test(reported) ? 'zh-CN' : 'en-US');
  });

  it('lets --lang win over everything', () => {
    expect(chooseLocale(['check', 'a.xlsx', '--lang', 'en-US'], { LANG: 'zh_CN' }, 'zh-CN')).toBe(
      'en-US',
    );
    expect(chooseLocale(['check', 'a.xlsx'], {}, 'zh-CN')).toBe('zh-CN');
  });
});
