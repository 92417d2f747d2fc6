/**
 * @jest-environment jsdom
 *
 * SPEC §14 in the pane: after combining the picked workbooks, "write into
 * this workbook's review" puts the combined review into the open workbook
 * (here the fake Excel behind the real gateway, or a scripted workbook):
 * progress, the outcome, the nothing-due question the single review asks,
 * a failure with Retry, and a notice once the files are read again. By
 * keyboard as well as by pointer; jest-axe clean.
 */
import { TextDecoder } from 'node:util';
import { inflateRawSync } from 'node:zlib';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import ExcelJS from 'exceljs';
import { planTemplate, type Locale, type MonthKey } from '../../src/core';
import type { OpsWorkbook } from '../../src/app/api';
import { createOpsWorkbook } from '../../src/excel';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import { combinePaneText } from '../../src/taskpane/review/combineMessages';
import { CombineWorkbooks } from '../../src/taskpane/review/CombineWorkbooks';
import { PaneContextProvider } from '../../src/taskpane/PaneContext';
import { createFakeExcel, type FakeExcel, type FakeSheet } from '../fake-excel';
import { EXCEL_1_8 } from '../excel/helpers';
import { HANDBOOK_COLLAB, HANDBOOK_TASKS, typeIntoTable, type Row } from '../cli/support/workbooks';
import { installOfficeEnums, scriptedWorkbook } from './support';

beforeAll(installOfficeEnums);
// jsdom lacks TextDecoder, which every browser the pane runs in has.
Object.assign(globalThis, { TextDecoder });

const TODAY = '2023-07-25';
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
  market = await departmentBytes(HANDBOOK_TASKS.slice(0, 4), true);
  sales = await departmentBytes(HANDBOOK_TASKS.slice(4), false);
}, 60_000);

const xlsx = (bytes: Uint8Array, name: string) =>
  new File([bytes as Uint8Array<ArrayBuffer>], name);

function renderCombine(locale: Locale, workbook: OpsWorkbook, month: MonthKey = '2023-07') {
  const user = userEvent.setup();
  const rendered = render(
    <FluentProvider theme={webLightTheme}>
      <PaneContextProvider
        workbook={workbook}
        locale={locale}
        factSettings={SETTINGS}
        today={() => TODAY}
      >
        <CombineWorkbooks month={month} inflate={inflate} />
      </PaneContextProvider>
    </FluentProvider>,
  );
  return { ...rendered, user };
}

async function pickBoth(pane: ReturnType<typeof renderCombine>, locale: Locale) {
  await pane.user.upload(screen.getByTestId('combine-files'), [
    xlsx(market, '市场部.xlsx'),
    xlsx(sales, '销售部.xlsx'),
  ]);
  return screen.findByRole('button', { name: combinePaneText(locale, 'combineWrite') });
}

/** The Excel the pane writes into: the real gateway over the fake, with a fixed clock. */
function fakeExcelWorkbook(): { fake: FakeExcel; workbook: OpsWorkbook } {
  const fake = createFakeExcel();
  return {
    fake,
    workbook: createOpsWorkbook(fake.run, EXCEL_1_8, () => new Date(2023, 6, 25, 10, 30)),
  };
}

function holds(sheet: FakeSheet, text: string): boolean {
  const used = sheet.usedRect(true);
  if (!used) return false;
  for (let row = used.row; row < used.row + used.rowCount; row += 1)
    for (let column = used.column; column < used.column + used.columnCount; column += 1)
      if (sheet.cellAt(row, column).value === text) return true;
  return false;
}

describe("Write the combined review into this workbook's review", () => {
  it('writes the row, the departments and the files into the open workbook, by keyboard (zh-CN)', async () => {
    const { fake, workbook } = fakeExcelWorkbook();
    const pane = renderCombine('zh-CN', workbook);
    const write = await pickBoth(pane, 'zh-CN');
    expect(
      screen.getByText(
        '将2023年7月的合并结果写入本工作簿的复盘表：该月的一行、各部门完成情况和各文件完成情况。所选的文件不会被修改。',
      ),
    ).toBeTruthy();
    // From the file picker, Tab reaches the write button next.
    screen.getByRole('button', { name: '选择工作簿…' }).focus();
    await pane.user.tab();
    expect(document.activeElement).toBe(write);
    await pane.user.keyboard('{Enter}');
    const sheetName = planTemplate('review', 'zh-CN').sheetName;
    const status = await screen.findByText((_text, element) =>
      Boolean(
        element?.textContent?.startsWith('已将2023年7月的合并复盘写入') && element.tagName === 'P',
      ),
    );
    expect(status.textContent).toBe(
      `已将2023年7月的合并复盘写入工作表“${sheetName}”的 A2:J2，旁边是各部门和各文件的完成情况。`,
    );
    expect(status.getAttribute('role')).toBe('status');
    const sheet = fake.workbook.sheetNamed(sheetName);
    expect(holds(sheet, '2023-07 各文件完成情况')).toBe(true);
    expect(holds(sheet, '市场部.xlsx')).toBe(true);
    expect(holds(sheet, '销售部.xlsx')).toBe(true);
    expect(holds(sheet, '2023-07 各部门完成情况')).toBe(true);
    expect(await axe(pane.container)).toHaveNoViolations();
  });

  it('asks first when nothing is due in the month, as the single review does (en-US, keyboard)', async () => {
    const workbook = scriptedWorkbook();
    const pane = renderCombine('en-US', workbook, '2023-01');
    const write = await pickBoth(pane, 'en-US');
    write.focus();
    await pane.user.keyboard('{Enter}');
    const question = await screen.findByRole('alertdialog', {
      name: 'Nothing is due in January 2023',
    });
    expect(document.activeElement).toBe(
      within(question).getByRole('button', { name: 'Write anyway' }),
    );
    expect(await axe(pane.container)).toHaveNoViolations();
    // Escape answers "do not write": nothing is written, focus goes back to the button.
    await pane.user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(write);
    expect(
      screen.getByText('Nothing is due in January 2023; the review sheet was not changed.'),
    ).toBeTruthy();
    expect(workbook.writeCombinedReview).not.toHaveBeenCalled();

    // Asked again, "Write anyway" (focused) writes the month's row of zeros.
    await pane.user.keyboard('{Enter}');
    await screen.findByRole('alertdialog');
    await pane.user.keyboard('{Enter}');
    expect(
      await screen.findByText(/^The January 2023 combined review was written to/),
    ).toBeTruthy();
    expect(workbook.writeCombinedReview).toHaveBeenCalledTimes(1);
    // The answered question is gone: focus is back on the button, not on the page body.
    expect(document.activeElement).toBe(write);
    const [combined, options] = workbook.writeCombinedReview.mock.calls[0]!;
    expect(combined.review.month).toBe('2023-01');
    expect(combined.review.scope).toBe(0);
    expect(combined.files.map((file) => file.file)).toEqual(['市场部.xlsx', '销售部.xlsx']);
    expect(options).toMatchObject({ locale: 'en-US', today: TODAY });
  });

  it('says a failed write in the user’s language, and Retry writes it (zh-CN, fake Excel)', async () => {
    const { fake, workbook } = fakeExcelWorkbook();
    const pane = renderCombine('zh-CN', workbook);
    const write = await pickBoth(pane, 'zh-CN');
    // The write sync applies a few operations, then Excel refuses the rest (not a retried GeneralException).
    fake.failPartway('InvalidArgument', 3);
    await pane.user.click(write);
    expect(await screen.findByText('操作未完成')).toBeTruthy();
    expect(screen.queryByText(/^已将/)).toBeNull();
    expect(await axe(pane.container)).toHaveNoViolations();
    const retry = screen.getByRole('button', { name: '重试' });
    retry.focus();
    await pane.user.keyboard('{Enter}');
    expect(await screen.findByText(/^已将2023年7月的合并复盘写入/)).toBeTruthy();
    expect(screen.queryByText('操作未完成')).toBeNull();
    // The failure bar (and its Retry) went away: focus is back on the write button.
    expect(document.activeElement).toBe(write);
    const sheet = fake.workbook.sheetNamed(planTemplate('review', 'zh-CN').sheetName);
    expect(holds(sheet, '2023-07 各文件完成情况')).toBe(true);
  });

  it('says the workbook holds the earlier combination once the files are read again, and writes again', async () => {
    const workbook = scriptedWorkbook();
    const pane = renderCombine('en-US', workbook);
    await pane.user.click(await pickBoth(pane, 'en-US'));
    expect(await screen.findByText(/^The July 2023 combined review was written to/)).toBeTruthy();
    // The same files picked again (edited, say): a new reading, not what was written.
    await pickBoth(pane, 'en-US');
    const notice = await screen.findByText(
      'You read the files again after writing: the July 2023 combined review in this workbook is not the one shown now.',
    );
    expect(screen.queryByText(/^The July 2023 combined review was written to/)).toBeNull();
    expect(await axe(pane.container)).toHaveNoViolations();
    screen.getByRole('button', { name: 'Write again' }).focus();
    await pane.user.keyboard(' ');
    expect(await screen.findByText(/^The July 2023 combined review was written to/)).toBeTruthy();
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: "Write into this workbook's review" }),
    );
    expect(notice.isConnected).toBe(false);
    expect(workbook.writeCombinedReview).toHaveBeenCalledTimes(2);
  });

  it('is disabled while writing, with the step in progress shown', async () => {
    const workbook = scriptedWorkbook();
    let finish: () => void = () => undefined;
    workbook.writeCombinedReview.mockImplementationOnce(
      (_combined, _options, onProgress) =>
        new Promise((resolve) => {
          onProgress?.('writing');
          finish = () =>
            resolve({ sheetName: '月度运营复盘表', rowAddress: 'A2:J2', chartDrawn: true });
        }),
    );
    const pane = renderCombine('zh-CN', workbook);
    const write = await pickBoth(pane, 'zh-CN');
    await pane.user.click(write);
    expect(await screen.findByText('正在写入工作簿…')).toBeTruthy();
    expect(write).toHaveProperty('disabled', true);
    await act(async () => finish());
    expect(await screen.findByText(/^已将2023年7月的合并复盘写入/)).toBeTruthy();
    expect(write).toHaveProperty('disabled', false);
  });

  it('speaks one register in Chinese: 您, full-width punctuation', () => {
    const keys = [
      'combineWrite',
      'combineWriteNote',
      'combineWritten',
      'combineWrittenStale',
      'combineWriteAgain',
    ] as const;
    for (const key of keys) {
      const text = combinePaneText('zh-CN', key, {
        month: '2023年7月',
        sheet: '表',
        address: 'A2:J2',
      });
      expect(text).not.toContain('你');
      expect(text).not.toMatch(/[\u3400-\u9fff]\s*[(),:;!?]|[(),;!?]\s*[\u3400-\u9fff]/);
      expect(combinePaneText('en-US', key)).not.toMatch(/[\u3400-\u9fff]/);
    }
  });
});
