/**
 * Issue 14, 沟通时间 showing `00:00` when only a date was typed, as a reader
 * sees it: the customer log written by the CLI's writer, rendered to PDF by
 * LibreOffice. A day typed without a time prints as the day; a time typed
 * with it keeps its time.
 *
 * The contacts are recent (LibreOffice's TODAY() is this machine's today), so
 * no highlight rule fills their rows. Observed with contacts from January
 * (revisits overdue, rows filled): LibreOffice showed the highlight's style
 * in place of the date-only number format and printed `2026-01-20 00:00`.
 * Excel applies every true rule whose formats do not conflict (Microsoft
 * support, "Manage conditional formatting rule precedence": true rules
 * that do not conflict all apply), so there a filled row shows
 * its date without 00:00 too; that is an Excel behaviour this test cannot
 * render.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { dayToSerial, planTemplate, type CalendarDay, type PlanCell } from '../../src/core';
import { addPlanSheet } from '../../src/xlsx/edit/planSheet';
import { editWorkbookFile } from '../../src/xlsx/editFile';
import { wordBoxes } from './support/raster';
import { findSoffice, LibreOfficeSession } from './support/soffice';

const soffice = findSoffice();
const describeWithEngine = soffice ? describe : describe.skip;

const dayBefore = (days: number): CalendarDay => {
  const now = new Date();
  const local = new Date(now.getFullYear(), now.getMonth(), now.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
};
const yesterday = dayBefore(1);
const twoDaysAgo = dayBefore(2);

describeWithEngine('a date-only 沟通时间 prints without 00:00 (issue 14, LibreOffice)', () => {
  let text = '';

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'midnight-render-'));
    const file = path.join(dir, 'customers.xlsx');
    const plan = planTemplate('customers', 'zh-CN');
    const contacted = plan.columns.findIndex((column) => column.header === '沟通时间');
    const name = plan.columns.findIndex((column) => column.key === 'customer');
    const row = (customer: string, serial: number): PlanCell[] =>
      plan.columns.map((_, index): PlanCell =>
        index === contacted
          ? { kind: 'number', value: serial }
          : index === name
            ? { kind: 'text', text: customer }
            : { kind: 'empty' },
      );
    const rows = [
      row('甲公司', dayToSerial(yesterday)),
      row('乙公司', dayToSerial(twoDaysAgo) + 14.5 / 24),
    ];
    await editWorkbookFile(null, file, async (editor) => addPlanSheet(editor, { ...plan, rows }));
    const converted = new LibreOfficeSession(soffice!).convert(file, 'pdf');
    const pdf = converted.outputs.find((output) => output.endsWith('.pdf')) ?? '';
    text = wordBoxes(pdf)
      .map((word) => word.text)
      .join(' ');
  }, 240_000);

  it('prints the date-only day as a date, and the day with a time with its time', () => {
    expect(text).toContain(yesterday);
    expect(text).not.toMatch(new RegExp(`${yesterday}\\s+00:00`));
    expect(text).toMatch(new RegExp(`${twoDaysAgo}\\s+14:30`));
  });
});
