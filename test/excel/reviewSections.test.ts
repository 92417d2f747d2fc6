/**
 * SPEC §11.10 through the Office.js edge: Recalculate writes the month's
 * template sections down their column beside the department block (title,
 * each section's heading and lines, wrapped), in the review sheet's
 * language, and a second recalculation leaves the workbook as it was.
 */
import { dayToSerial, TABLE_NAMES } from '../../src/core';
import { fillTable, setUp } from './helpers';

const options = { locale: 'zh-CN' as const, today: '2023-07-20' };

async function workbookWithTraining() {
  const { fake, ops } = setUp();
  await ops.insertTemplate('tracker', 'zh-CN');
  fillTable(fake, 'tracker', [
    {
      id: 'OP-001',
      name: '渠道复盘',
      department: '市场部',
      owner: '王*',
      due: dayToSerial('2023-07-15'),
      status: '进行中',
    },
  ]);
  await ops.insertTemplate('training', 'zh-CN', { withSample: true });
  await ops.insertTemplate('review', 'zh-CN');
  return { fake, ops };
}

/** The column's text from the header row down to its first empty cell. */
function columnLines(
  sheet: { cellAt(row: number, column: number): { value: unknown } },
  row: number,
  column: number,
) {
  const lines: unknown[] = [];
  for (let r = row; sheet.cellAt(r, column).value !== ''; r += 1)
    lines.push(sheet.cellAt(r, column).value);
  return lines;
}

describe('the template sections block through the Office.js edge', () => {
  it('is written beside the department block, wrapped, and a second recalculation changes nothing', async () => {
    const { fake, ops } = await workbookWithTraining();
    const outcome = await ops.recalculateReview('2023-07', options);
    expect(outcome.sections.map((section) => section.key)).toEqual(['training']);
    const sheet = fake.workbook.sheetNamed(outcome.sheetName);
    const table = fake.workbook.table(TABLE_NAMES.review)!;
    const row = table.rect.row;
    const source = sheet.charts[0]!.source;
    // The department block's title is the row above the chart's source; sections one blank column after its four.
    const departments = source.column;
    expect(sheet.cellAt(row, departments).value).toBe('2023-07 各部门完成情况');
    const column = departments + 5;
    const lines = columnLines(sheet, row, column);
    expect(lines).toEqual([
      '2023-07 各模板复盘要点',
      '培训（2023-07）',
      expect.stringMatching(/^培训（2023-07）：\d+ 场，/),
    ]);
    expect(sheet.cellAt(row + 1, column).wrapText).toBe(true);

    const once = fake.workbook.snapshot();
    await ops.recalculateReview('2023-07', options);
    expect(fake.workbook.snapshot()).toEqual(once);
  });

  it('speaks the review sheet’s language from an English pane', async () => {
    const { fake, ops } = await workbookWithTraining();
    const outcome = await ops.recalculateReview('2023-07', { ...options, locale: 'en-US' });
    const sheet = fake.workbook.sheetNamed(outcome.sheetName);
    const row = fake.workbook.table(TABLE_NAMES.review)!.rect.row;
    const lines = columnLines(sheet, row, sheet.charts[0]!.source.column + 5);
    expect(lines[0]).toBe('2023-07 各模板复盘要点');
    expect(lines[1]).toBe('培训（2023-07）');
    // The pane's own cards keep the pane's language.
    expect(outcome.sections[0]?.card.title).not.toMatch(/培训/);
  });
});
