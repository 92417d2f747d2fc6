/**
 * What we write, opened by a real spreadsheet engine: LibreOffice headless
 * with a fresh profile that recalculates every OOXML formula on load. One
 * workbook holds everything (the three templates, the handbooks' rows, a
 * review written by the CLI, and a probe sheet that evaluates our highlight
 * formulas in cells); it is converted once to CSV (every sheet) and once to PDF.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  formatCompletion,
  HIGHLIGHT_FILLS,
  localDay,
  planTemplate,
  TEMPLATES,
} from '../../src/core';
import { builtCli, runCli } from '../cli/support/builtCli';
import { tableProblems } from '../cli/support/integrity';
import {
  HANDBOOK_COLLAB,
  HANDBOOK_TASKS,
  load,
  saveAs,
  serial,
  typeIntoTable,
  type Row,
} from '../cli/support/workbooks';
import { closeTo, renderPage, rgb, wordBoxes, type WordBox } from './support/raster';
import { CSV_ALL_SHEETS, findSoffice, LibreOfficeSession, parseCsv } from './support/soffice';

const soffice = findSoffice();
if (!soffice) {
  console.warn(
    'soffice not found: the LibreOffice real-engine tests are SKIPPED. Install libreoffice-calc-nogui and poppler-utils to run them.',
  );
}
const describeWithEngine = soffice ? describe : describe.skip;

const TODAY = '2023-07-25';
const MONTH = '2023-07';
const TRACKER = '任务跟踪表';

/** A day relative to the machine's real today: LibreOffice's TODAY() decides the highlights. */
function realDay(offset: number): string {
  const day = new Date();
  day.setDate(day.getDate() + offset);
  return localDay(day);
}

const TASKS: readonly Row[] = [
  ...HANDBOOK_TASKS,
  [
    'OP-007',
    '下周例会材料',
    '行政部',
    '周*',
    null,
    serial(realDay(1)),
    '中',
    '进行中',
    null,
    null,
    null,
    null,
  ],
  [
    'OP-008',
    '年度预算初稿',
    '财务部',
    null,
    null,
    serial(realDay(30)),
    '高',
    '待启动',
    null,
    null,
    null,
    null,
  ],
];

/** Our highlight formulas, rebased from the first data row to tracker row `row` (1-based), on another sheet. */
function probeFormula(formula: string, row: number): string {
  return formula
    .replace(/^=/, '')
    .replace(/\$([A-Z]{1,3})(\d+)/g, (_whole, column: string, first: string) => {
      return `'${TRACKER}'!$${column}${Number(first) + row - 2}`;
    });
}

describeWithEngine('LibreOffice opens and recalculates what we write', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-lo-'));
  const filled = path.join(dir, 'filled.xlsx');
  const everything = path.join(dir, 'everything.xlsx');
  const rules = planTemplate('tracker', 'zh-CN').conditionalFormats;
  let sheets: Map<string, string[][]>;
  let pdf: string;
  let review: {
    scope: number;
    completed: number;
    byDepartment: { department: string; scope: number; completed: number }[];
  };
  let realToday: { overdue: string[]; unassigned: string[] };
  let resaved: string;

  beforeAll(async () => {
    builtCli();
    expect(runCli(['template', 'all', '--out', filled, '--lang', 'zh-CN']).status).toBe(0);
    const workbook = await load(filled);
    typeIntoTable(workbook, 'OpsTasks', TASKS);
    typeIntoTable(workbook, 'OpsCollab', HANDBOOK_COLLAB);
    await saveAs(workbook, filled);
    const run = runCli([
      'review',
      filled,
      '--month',
      MONTH,
      '--today',
      TODAY,
      '--json',
      '--write',
      everything,
    ]);
    expect(run.status).toBe(0);
    review = JSON.parse(run.stdout);
    const now = runCli(['review', filled, '--month', MONTH, '--today', realDay(0), '--json']);
    realToday = JSON.parse(now.stdout);

    const withProbe = await load(everything);
    expect(tableProblems(withProbe)).toEqual([]);
    const probe = withProbe.addWorksheet('Probe');
    TASKS.forEach((_task, index) => {
      probe.addRow(rules.map((rule) => ({ formula: probeFormula(rule.formula, index + 2) })));
    });
    await saveAs(withProbe, everything);

    const session = new LibreOfficeSession(soffice!);
    const csv = session.convert(everything, CSV_ALL_SHEETS);
    expect(csv.status).toBe(0);
    sheets = new Map(
      csv.outputs.map((output) => [
        path.basename(output, '.csv').replace(/^everything-/, ''),
        parseCsv(readFileSync(output, 'utf8')),
      ]),
    );
    const rendered = session.convert(everything, 'pdf');
    expect(rendered.status).toBe(0);
    pdf = rendered.outputs.find((output) => output.endsWith('.pdf'))!;
    const saved = session.convert(filled, 'xlsx:Calc MS Excel 2007 XML');
    expect(saved.status).toBe(0);
    resaved = saved.outputs.find((output) => output.endsWith('.xlsx'))!;
  }, 300_000);

  it('opens every sheet, with our headers and rows where we wrote them', () => {
    expect([...sheets.keys()].sort()).toEqual(
      ['Probe', ...TEMPLATES.map((template) => template.sheetName['zh-CN'])].sort(),
    );
    const tracker = sheets.get(TRACKER)!;
    expect(tracker[0]?.slice(0, 3)).toEqual(['任务ID', '任务名称', '所属部门']);
    expect(tracker[1]?.slice(0, 2)).toEqual(['OP-001', 'Q3客户满意度调研']);
    expect(tracker[1]?.[5]).toBe('2023-07-15');
    // Text that looks like a formula stays text in a real engine too.
    expect(tracker[4]?.[11]).toBe('=需确认对账口径');
    expect(tracker[5]?.[11]).toBe('+活动数据晚到');
    expect(sheets.get('跨部门协作记录表')?.[2]?.[0]).toBe('CO-002');
  });

  it('shows the review figures we wrote, equal to the engine’s own', () => {
    const sheet = sheets.get('月度运营复盘表')!;
    const july = sheet.find((row) => row[0] === MONTH)!;
    expect(july[2]).toBe(formatCompletion(review.completed, review.scope));
    expect([july[3], july[4]]).toEqual([String(review.completed), String(review.scope)]);
    for (const department of review.byDepartment) {
      const row = sheet.find((cells) => cells.includes(department.department))!;
      expect(row).toEqual(
        expect.arrayContaining([String(department.scope), String(department.completed)]),
      );
    }
    for (const [name, rows] of sheets) {
      expect({
        name,
        errors: rows.flat().filter((cell) => /^(#[A-Z/0!?]+|Err:\d+)$/.test(cell)),
      }).toEqual({ name, errors: [] });
    }
  });

  it('evaluates every highlight formula to the same flags as our engine, as of today', () => {
    const flagged = (kind: string) => {
      const column = rules.findIndex((rule) => rule.kind === kind);
      return TASKS.filter((_task, index) => sheets.get('Probe')![index]?.[column] === 'TRUE').map(
        (task) => String(task[0]),
      );
    };
    const probe = sheets.get('Probe')!;
    expect(probe.flat().every((cell) => cell === 'TRUE' || cell === 'FALSE')).toBe(true);
    expect(flagged('overdue').sort()).toEqual([...realToday.overdue].sort());
    expect(flagged('unassigned').sort()).toEqual([...realToday.unassigned].sort());
    expect(flagged('dueSoon')).toEqual(['OP-007']);
  });

  it('renders the overdue, due-soon and unassigned fills on the rows they belong to', () => {
    const words = wordBoxes(pdf);
    const anchor = words.find((word) => word.text === 'OP-008')!;
    expect(anchor).toBeDefined();
    const onPage = (text: string): WordBox =>
      words.find((word) => word.page === anchor.page && word.text === text)!;
    const page = renderPage(pdf, anchor.page, 100);
    const middle = (word: WordBox) => ((word.yMin + word.yMax) / 2) * page.scale;
    /** A point inside the ID cell, right of its text. */
    const besideId = (id: string) =>
      page.pixel((onPage(id).xMax + 4) * page.scale, middle(onPage(id)));
    const ownerHeader = onPage('负责人');
    const ownerCell = (id: string) =>
      page.pixel((ownerHeader.xMin + 2) * page.scale, middle(onPage(id)));

    expect(closeTo(besideId('OP-001'), rgb(HIGHLIGHT_FILLS.overdue))).toBe(true);
    expect(closeTo(besideId('OP-002'), rgb(HIGHLIGHT_FILLS.overdue))).toBe(true);
    expect(closeTo(besideId('OP-003'), rgb(HIGHLIGHT_FILLS.overdue))).toBe(false);
    expect(closeTo(besideId('OP-007'), rgb(HIGHLIGHT_FILLS.dueSoon))).toBe(true);
    expect(closeTo(besideId('OP-008'), [255, 255, 255])).toBe(true);
    expect(closeTo(ownerCell('OP-008'), rgb(HIGHLIGHT_FILLS.unassigned))).toBe(true);
  });

  it('reads a workbook LibreOffice saved exactly as the one we wrote', () => {
    const ours = ['--today', TODAY, '--json', '--lang', 'zh-CN'];
    for (const args of [['check'], ['review', '--month', MONTH]]) {
      const [command, ...rest] = args;
      const original = runCli([command!, filled, ...rest, ...ours]);
      const fromLibreOffice = runCli([command!, resaved, ...rest, ...ours]);
      expect(fromLibreOffice.stderr).toBe('');
      expect(fromLibreOffice.status).toBe(original.status);
      expect(JSON.parse(fromLibreOffice.stdout)).toEqual(JSON.parse(original.stdout));
    }
  });
});
