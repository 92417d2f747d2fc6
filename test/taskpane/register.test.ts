/**
 * Issue 14: the add-in speaks one register in Chinese. Business software
 * says 您, not 你; Chinese text takes full-width punctuation (`错误（2）`,
 * not `错误 (2)`); the pane is Office's 任务窗格, never 面板.
 *
 * Checked over every catalogue in src, found rather than listed: every file
 * named `messages.ts` or `*Messages.ts`, and every file that calls
 * `defineCatalog`, is loaded, and each catalogue it defines is caught as it
 * is defined (exported or not: the pane's combine section keeps its own).
 * A new catalogue is therefore checked without anyone adding it here, and a
 * catalogue file whose catalogues are not all caught fails the test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Catalog } from '../../src/core/i18n';

interface CaughtCatalog {
  readonly file: string;
  readonly catalog: Catalog<string>;
}

// Filled by the stand-in `defineCatalog` below as each catalogue file loads.
const mockCaught: CaughtCatalog[] = [];

jest.mock('../../src/core/i18n', () => {
  const actual = jest.requireActual<typeof import('../../src/core/i18n')>('../../src/core/i18n');
  return {
    ...actual,
    defineCatalog: (zh: Record<string, string>, en: Record<string, string>) => {
      const catalog = actual.defineCatalog(zh, en);
      // The defining file is the first frame in src that is not i18n itself.
      const frame = (new Error().stack ?? '')
        .split('\n')
        .map((line) => /\((.*\/src\/[^:)]+\.tsx?):\d+:\d+\)/.exec(line)?.[1])
        .find((file) => file !== undefined && !file.endsWith(`${path.sep}i18n.ts`));
      mockCaught.push({ file: frame ?? '?', catalog });
      return catalog;
    },
  };
});

const SRC = path.join(__dirname, '..', '..', 'src');
const I18N = path.join(SRC, 'core', 'i18n.ts');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const definitions = (file: string) =>
  (readFileSync(file, 'utf8').match(/\bdefineCatalog\s*\(/g) ?? []).length;

/** Every catalogue file: named as one, or defining one. */
const CATALOGUE_FILES = sourceFiles(SRC)
  .filter((file) => file !== I18N)
  .filter((file) => /(^|[/\\])(messages|\w+Messages)\.ts$/.test(file) || definitions(file) > 0)
  .sort();

const CJK = '[\\u3400-\\u9fff]';
// Half-width punctuation touching a Chinese character (spaces between allowed), either side.
const HALF_WIDTH_BESIDE_CJK = new RegExp(`${CJK}\\s*[(),:;!?]|[(),;!?]\\s*${CJK}`);
const FULL_WIDTH = '[，。：；？！（）、]';
const FULL_WIDTH_BESIDE_LATIN = new RegExp(`[A-Za-z]\\s*${FULL_WIDTH}|${FULL_WIDTH}\\s*[A-Za-z]`);
/**
 * A name in “ ” is quoted as Excel or the add-in writes it, so its own
 * punctuation stays: the CLI's help names the sheet Excel-style as
 * “名称 (2)” and a combined task as “文件:编号”.
 */
const withoutQuotedNames = (text: string) => text.replace(/“[^”]*”/g, '“”');

/** `file: key` for each string of a language, so that a failure says where to fix it. */
function strings(locale: 'zh-CN' | 'en-US'): [string, string][] {
  return mockCaught.flatMap(({ file, catalog }) =>
    Object.entries(catalog[locale]).map(([key, text]): [string, string] => [
      `${path.relative(SRC, file)}: ${key}`,
      text,
    ]),
  );
}

beforeAll(async () => {
  for (const file of CATALOGUE_FILES) await import(file);
});

describe('every Chinese catalogue (issue 14: one register)', () => {
  it('finds the catalogue files, the pane’s combine section among them', () => {
    const names = CATALOGUE_FILES.map((file) => path.relative(SRC, file).split(path.sep).join('/'));
    expect(names).toEqual(
      expect.arrayContaining([
        'taskpane/messages.ts',
        'taskpane/review/combineMessages.ts',
        'cli/messages.ts',
        'core/messages.ts',
        'excel/messages.ts',
        'commands/messages.ts',
      ]),
    );
  });

  it('catches every catalogue each file defines, and only from those files', () => {
    const caught = new Map<string, number>();
    for (const { file } of mockCaught) caught.set(file, (caught.get(file) ?? 0) + 1);
    expect(
      CATALOGUE_FILES.map((file) => [path.relative(SRC, file), caught.get(file) ?? 0]),
    ).toEqual(CATALOGUE_FILES.map((file) => [path.relative(SRC, file), definitions(file)]));
    expect([...caught.keys()].filter((file) => !CATALOGUE_FILES.includes(file))).toEqual([]);
    expect(strings('zh-CN').length).toBeGreaterThan(400);
  });

  it('addresses the user as 您, never 你', () => {
    expect(strings('zh-CN').filter(([, text]) => text.includes('你'))).toEqual([]);
  });

  it('uses full-width punctuation beside Chinese text', () => {
    expect(
      strings('zh-CN').filter(([, text]) => HALF_WIDTH_BESIDE_CJK.test(withoutQuotedNames(text))),
    ).toEqual([]);
  });

  // Chinese words may stand in English text (the language menu's 中文（简体）), punctuated as Chinese.
  it('keeps full-width punctuation away from English words', () => {
    expect(
      strings('en-US').filter(([, text]) => FULL_WIDTH_BESIDE_LATIN.test(withoutQuotedNames(text))),
    ).toEqual([]);
  });

  it('calls the pane 任务窗格, as Office does', () => {
    expect(strings('zh-CN').filter(([, text]) => text.includes('面板'))).toEqual([]);
  });
});
