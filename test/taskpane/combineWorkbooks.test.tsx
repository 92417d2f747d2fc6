/**
 * @jest-environment jsdom
 *
 * SPEC §14 in the pane: workbooks the user picks are read in the pane with the
 * CLI's reader, each file's progress shown, a damaged file named while the
 * others are counted, and the combined figures equal the sum of the files'
 * own reviews. jsdom has no DecompressionStream: the test gives the hook
 * Node's raw inflate, and the whole pane (no decompressor) says it cannot.
 */
import { TextDecoder } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import ExcelJS from 'exceljs';
import {
  buildReview,
  formatCompletion,
  planTemplate,
  readWorkbook,
  type Locale,
} from '../../src/core';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import type { Inflate } from '../../src/xlsx/package/zipArchive';
import { CombineWorkbooks } from '../../src/taskpane/review/CombineWorkbooks';
import { PaneContextProvider } from '../../src/taskpane/PaneContext';
import { HANDBOOK_COLLAB, HANDBOOK_TASKS, typeIntoTable, type Row } from '../cli/support/workbooks';
import { installOfficeEnums, openTab, renderPane, scriptedWorkbook } from './support';

beforeAll(installOfficeEnums);
// jsdom lacks TextDecoder, which every browser the pane runs in has.
Object.assign(globalThis, { TextDecoder });

const TODAY = '2023-07-25';
const MONTH = '2023-07';
const SETTINGS = { dueSoonDays: 3, dueSoonUnit: 'calendarDays' } as const;
const inflate = (bytes: Uint8Array) => new Uint8Array(inflateRawSync(bytes));

async function departmentBytes(tasks: readonly Row[], collab: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  writeSheetPlan(workbook, planTemplate('tracker', 'zh-CN'));
  if (collab) writeSheetPlan(workbook, planTemplate('collab', 'zh-CN'));
  typeIntoTable(workbook, 'OpsTasks', tasks);
  if (collab) typeIntoTable(workbook, 'OpsCollab', HANDBOOK_COLLAB);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

let market: Uint8Array;
let sales: Uint8Array;
beforeAll(async () => {
  // Both files hold OP-001: the same ID in two departments' files is two tasks.
  market = await departmentBytes(HANDBOOK_TASKS.slice(0, 4), true);
  sales = await departmentBytes(HANDBOOK_TASKS.slice(0, 1).concat(HANDBOOK_TASKS.slice(4)), false);
}, 60_000);

async function singleReview(bytes: Uint8Array, locale: Locale) {
  const options = { locale, today: TODAY, settings: SETTINGS };
  const { readPackageGrids } = await import('../../src/xlsx/read/readPackage');
  return buildReview(readWorkbook(await readPackageGrids(bytes, inflate), options), MONTH, options);
}

function renderCombine(locale: Locale, given: Inflate | null = inflate) {
  const user = userEvent.setup();
  const rendered = render(
    <FluentProvider theme={webLightTheme}>
      <PaneContextProvider
        workbook={scriptedWorkbook()}
        locale={locale}
        factSettings={SETTINGS}
        today={() => TODAY}
      >
        <CombineWorkbooks month={MONTH} inflate={given} />
      </PaneContextProvider>
    </FluentProvider>,
  );
  return { ...rendered, user };
}

const xlsx = (bytes: Uint8Array, name: string) =>
  new File([bytes as Uint8Array<ArrayBuffer>], name);

function tableRows(name: string): string[][] {
  const table = screen.getByRole('table', { name });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    );
}

describe('Combine workbooks in the pane', () => {
  it('combines picked workbooks: per-file figures add up, departments merge, tasks named <file>:<id> (zh-CN)', async () => {
    const one = await singleReview(market, 'zh-CN');
    const two = await singleReview(sales, 'zh-CN');
    const pane = renderCombine('zh-CN');
    await pane.user.click(screen.getByRole('button', { name: '选择工作簿…' }));
    await pane.user.upload(screen.getByTestId('combine-files'), [
      xlsx(market, '市场部.xlsx'),
      xlsx(sales, '销售部.xlsx'),
    ]);
    expect(await screen.findByText('已合并 2 个文件，0 个文件无法读取。')).toBeTruthy();
    const progress = screen.getByRole('list', { name: '各文件读取进度' });
    expect(within(progress).getAllByText('已读取')).toHaveLength(2);

    const figures = screen.getByLabelText(`${MONTH} 合并复盘数据`);
    expect(within(figures).getByText('关键任务完成率').nextSibling?.textContent).toBe(
      formatCompletion(one.completed + two.completed, one.scope + two.scope),
    );
    expect(within(figures).getByText('逾期任务').nextSibling?.textContent).toBe(
      String(one.overdue.length + two.overdue.length),
    );
    expect(tableRows('各文件完成情况')).toEqual([
      ['市场部.xlsx', formatCompletion(one.completed, one.scope)],
      ['销售部.xlsx', formatCompletion(two.completed, two.scope)],
    ]);
    // Departments are merged across files: each department's counts are the two files' summed.
    const merged = new Map<string, { scope: number; completed: number }>();
    for (const row of [...one.byDepartment, ...two.byDepartment]) {
      const tally = merged.get(row.department) ?? { scope: 0, completed: 0 };
      merged.set(row.department, {
        scope: tally.scope + row.scope,
        completed: tally.completed + row.completed,
      });
    }
    const departments = tableRows('各部门完成情况（合并）');
    expect(departments).toHaveLength(merged.size);
    for (const [department, tally] of merged)
      expect(departments).toContainEqual([
        department,
        formatCompletion(tally.completed, tally.scope),
      ]);
    const delayed = screen.getByRole('region', { name: '合并后的延期任务' });
    const items = within(delayed)
      .getAllByRole('listitem')
      .map((item) => item.textContent ?? '');
    for (const task of one.delayed)
      expect(items.filter((text) => text.startsWith(`市场部.xlsx:${task.id} `))).toHaveLength(1);
    for (const task of two.delayed)
      expect(items.filter((text) => text.startsWith(`销售部.xlsx:${task.id} `))).toHaveLength(1);
    // A due date never breaks at its hyphens in a narrow pane: it sits whole in its own run.
    for (const task of [...one.delayed, ...two.delayed])
      expect(within(delayed).getAllByText(task.due).length).toBeGreaterThan(0);
    expect(one.delayed.length + two.delayed.length).toBeGreaterThan(0);
    expect(await axe(pane.container)).toHaveNoViolations();
  });

  it('names a damaged file and an .xls file and still counts the others (en-US)', async () => {
    const one = await singleReview(market, 'en-US');
    const pane = renderCombine('en-US');
    await pane.user.upload(screen.getByTestId('combine-files'), [
      xlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'broken.xlsx'),
      xlsx(market, 'marketing.xlsx'),
      xlsx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'old.xlsx'),
    ]);
    expect(await screen.findByText('1 files combined, 2 could not be read.')).toBeTruthy();
    const progress = screen.getByRole('list', { name: 'Reading progress by file' });
    const items = within(progress)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'broken.xlsxCannot be read: not an .xlsx workbook, or the file is damaged.',
      'marketing.xlsxRead',
      'old.xlsxCannot be read: a legacy .xls file or a password-protected workbook. Save it in Excel as an unencrypted .xlsx.',
    ]);
    expect(tableRows('Completion by file')).toEqual([
      ['marketing.xlsx', formatCompletion(one.completed, one.scope)],
    ]);
  });

  it('names a damaged file and a file with no task sheet and still counts the others (zh-CN)', async () => {
    const one = await singleReview(sales, 'zh-CN');
    const blank = new ExcelJS.Workbook();
    blank.addWorksheet('备注').addRow(['随便写写']);
    const pane = renderCombine('zh-CN');
    await pane.user.upload(screen.getByTestId('combine-files'), [
      xlsx(sales, '销售部.xlsx'),
      xlsx(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '财务部.xlsx'),
      xlsx(new Uint8Array(await blank.xlsx.writeBuffer()), '备注.xlsx'),
    ]);
    expect(await screen.findByText('已合并 1 个文件，2 个文件无法读取。')).toBeTruthy();
    const progress = screen.getByRole('list', { name: '各文件读取进度' });
    expect(
      within(progress)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '销售部.xlsx已读取',
      '财务部.xlsx无法读取：不是 .xlsx 工作簿，或文件已损坏。',
      '备注.xlsx无法读取：其中没有可识别的任务表。',
    ]);
    expect(tableRows('各文件完成情况')).toEqual([
      ['销售部.xlsx', formatCompletion(one.completed, one.scope)],
    ]);
  });

  it('shows each file as waiting, then reading, then read', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let calls = 0;
    // The first file's third part waits on the test, so its "reading" state can be seen.
    const slowInflate = async (bytes: Uint8Array) => {
      calls += 1;
      if (calls === 3) await gate;
      return inflate(bytes);
    };
    const pane = renderCombine('en-US', slowInflate);
    await pane.user.upload(screen.getByTestId('combine-files'), [
      xlsx(market, 'a.xlsx'),
      xlsx(sales, 'b.xlsx'),
    ]);
    const progress = await screen.findByRole('list', { name: 'Reading progress by file' });
    expect(await within(progress).findByText('Reading…')).toBeTruthy();
    expect(
      within(progress)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['a.xlsxReading…', 'b.xlsxWaiting']);
    expect(screen.getByRole('button', { name: 'Choose workbooks…' })).toHaveProperty(
      'disabled',
      true,
    );
    release();
    expect(await screen.findByText('2 files combined, 0 could not be read.')).toBeTruthy();
    expect(within(progress).getAllByText('Read')).toHaveLength(2);
  });

  it('says so when this browser cannot decompress a workbook, and on the Review tab below Recalculate', async () => {
    const own = renderCombine('zh-CN', null);
    expect(within(own.container).queryByRole('button', { name: '选择工作簿…' })).toBeNull();
    own.unmount();
    // jsdom has no DecompressionStream: the pane as mounted falls back to the message.
    const pane = renderPane(scriptedWorkbook(), { locale: 'zh-CN' });
    await openTab(pane, '复盘', '重新计算');
    const section = screen.getByRole('region', { name: '合并多个工作簿' });
    expect(
      within(section).getByText(
        '此版本的 Office 无法在任务窗格中读取其他工作簿。请改用命令行：ops-workbook review 文件夹 --month 月份。',
      ),
    ).toBeTruthy();
    const recalculate = screen.getByRole('button', { name: '重新计算' });
    expect(
      recalculate.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});
