/**
 * Issue 16: the files `review --write` and `fix --write` write from a
 * workbook full of what other writers put there open in a second engine
 * without repair, keep what LibreOffice can show of those parts, and hold the
 * planned values once LibreOffice has recalculated them.
 *
 * The source is the rich workbook (support/richWorkbook.ts: 等线, x14
 * validations and a sparkline group on the review sheet, stand-in parts for a
 * pivot table, a macro project, an embedded object and the data model) with a
 * real drawing wired onto the tracker sheet: a text box, a connector and a
 * column chart. Each written file is converted to one CSV per sheet (a package
 * LibreOffice cannot open converts to nothing) and back to .xlsx, to see what
 * LibreOffice itself read: the text box's text, the connector, the chart, the
 * sparkline group and the x14 dropdown are there as they are for the source. The stand-in
 * parts are not referenced by any relationship, so LibreOffice ignores them;
 * that they survive byte for byte is test/xlsx/reviewEdit.test.ts's part.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { STATUTORY_CALENDAR } from '../../src/calendarData/statutory';
import { STATUTORY_WORKING_CALENDAR } from '../../src/cli/calendar';
import { runCli } from '../../src/cli/run';
import {
  buildReview,
  getTemplate,
  planReviewUpdate,
  readWorkbook,
  type EngineOptions,
  type PlanCell,
} from '../../src/core';
import { ZipArchive, xmlText } from '../../src/xlsx/package/zipArchive';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { reviewGrid } from '../../src/xlsx/workbookPort';
import { HANDBOOK_TASKS } from '../cli/support/workbooks';
import { rewriteParts } from '../xlsx/support/buildPackage';
import { richWorkbook } from '../xlsx/support/richWorkbook';
import { CSV_ALL_SHEETS, findSoffice, LibreOfficeSession, parseCsv } from './support/soffice';

const soffice = findSoffice();
const describeWithEngine = soffice ? describe : describe.skip;
const inflate = (bytes: Uint8Array) => inflateRawSync(bytes);

const MONTH = '2023-07';
const TODAY = '2023-07-25';
const UPDATED_AT = '2023-07-25 09:30';
const NOW = () => new Date(2023, 6, 25, 9, 30);
/** What the CLI's review uses (src/cli/run.ts), so the plan computed here is the one it wrote. */
const OPTIONS: EngineOptions = {
  locale: 'zh-CN',
  today: TODAY,
  calendar: STATUTORY_WORKING_CALENDAR,
  statutory: STATUTORY_CALENDAR,
};

const TEXT_BOX = '文本框：请勿删除';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

const anchor = (from: [number, number], to: [number, number], body: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;

/** A text box, a connector and a chart frame, right of the tracker's table, as Excel draws them. */
const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${REL}" xmlns:c="${C}">${anchor(
  [13, 1],
  [17, 4],
  `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="文本框 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2438400" cy="571500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr wrap="square"/><a:lstStyle/><a:p><a:r><a:rPr lang="zh-CN"/><a:t>${TEXT_BOX}</a:t></a:r></a:p></xdr:txBody></xdr:sp>`,
)}${anchor(
  [13, 5],
  [17, 5],
  `<xdr:cxnSp macro=""><xdr:nvCxnSpPr><xdr:cNvPr id="3" name="直接连接符 2"/><xdr:cNvCxnSpPr/></xdr:nvCxnSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2438400" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom><a:ln w="12700"><a:solidFill><a:srgbClr val="FF0000"/></a:solidFill></a:ln></xdr:spPr></xdr:cxnSp>`,
)}${anchor(
  [13, 7],
  [20, 22],
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="4" name="图表 3"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart r:id="rIdChart"/></a:graphicData></a:graphic></xdr:graphicFrame>`,
)}</xdr:wsDr>`;

/** A column chart of the tracker's start dates by task ID. */
const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>开始日期</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'任务跟踪表'!$A$2:$A$7</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'任务跟踪表'!$E$2:$E$7</c:f></c:numRef></c:val></c:ser><c:axId val="101"/><c:axId val="102"/></c:barChart><c:catAx><c:axId val="101"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="102"/></c:catAx><c:valAx><c:axId val="102"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="101"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

/** The rich workbook with the drawing wired onto the tracker sheet (sheet1): rels, content types. */
async function wiredRichWorkbook(): Promise<Buffer> {
  // One status Fix normalises, besides the owner it clears: two kinds of change to check.
  const tasks = HANDBOOK_TASKS.map((row, index) =>
    index === 1 ? row.map((value, column) => (column === 7 ? 'Doing' : value)) : row,
  );
  return rewriteParts(
    await richWorkbook(true, tasks),
    (name, text) => {
      if (name === '[Content_Types].xml')
        return [
          name,
          text.replace(
            '</Types>',
            '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
          ),
        ];
      if (name === 'xl/worksheets/sheet1.xml')
        return [name, text.replace('<tableParts', '<drawing r:id="rIdDrawing"/><tableParts')];
      if (name === 'xl/worksheets/_rels/sheet1.xml.rels')
        return [
          name,
          text.replace(
            '</Relationships>',
            `<Relationship Id="rIdDrawing" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/></Relationships>`,
          ),
        ];
      return [name, text];
    },
    {
      'xl/drawings/drawing1.xml': DRAWING,
      'xl/drawings/_rels/drawing1.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rIdChart" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
      'xl/charts/chart1.xml': CHART,
    },
  );
}

/** Sheet name → its cells as LibreOffice shows them after recalculating; empty when it could not open the file. */
function sheetsAsShown(session: LibreOfficeSession, file: string): Map<string, string[][]> {
  const conversion = session.convert(file, CSV_ALL_SHEETS);
  const base = path.basename(file, '.xlsx');
  return new Map(
    conversion.outputs
      .filter((output) => output.endsWith('.csv'))
      .map((output) => [
        path.basename(output, '.csv').slice(base.length + 1),
        parseCsv(readFileSync(output, 'utf8')),
      ]),
  );
}

interface Foreign {
  readonly textBox: boolean;
  readonly connector: boolean;
  readonly chartTitle: boolean;
  readonly sparklines: boolean;
  /** The x14 dropdown on the review sheet's B2, its list on another sheet. */
  readonly x14List: boolean;
}

/** What of the foreign content LibreOffice read, seen in the .xlsx it saves of the file. */
async function foreignAsRead(session: LibreOfficeSession, file: string): Promise<Foreign> {
  const [saved] = session.convert(file, 'xlsx').outputs;
  expect(saved).toBeDefined();
  const bytes = readFileSync(saved!);
  const archive = new ZipArchive(bytes, inflate);
  const texts: [string, string][] = [];
  for (const entry of archive.entries)
    if (entry.name.endsWith('.xml')) texts.push([entry.name, xmlText(await archive.read(entry))]);
  const inParts = (prefix: string, pattern: RegExp) =>
    texts.some(([name, text]) => name.startsWith(prefix) && pattern.test(text));
  return {
    textBox: inParts('xl/drawings/', new RegExp(TEXT_BOX)),
    connector: inParts('xl/drawings/', /cxnSp|prst="line"/),
    chartTitle: inParts('xl/charts/', /开始日期/),
    sparklines: inParts('xl/worksheets/', /sparklineGroup/),
    x14List: inParts(
      'xl/worksheets/',
      /<dataValidation (?=[^>]*sqref="B2")(?=[^>]*type="list")[^>]*><formula1>Lists!\$A\$1:\$A\$5</i,
    ),
  };
}

/** `B3` → [2, 1]: zero-based row and column, as the CSV lays cells out from A1. */
function place(cell: string): [number, number] {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(cell)!;
  const column = [...letters!].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
  return [Number(digits) - 1, column - 1];
}

/** Whether LibreOffice's text for a cell is the planned value (numbers by value: `66.6667%`, `2`). */
function shows(shown: string | undefined, planned: PlanCell): boolean {
  const text = shown ?? '';
  switch (planned.kind) {
    case 'empty':
      return text === '';
    case 'text':
      return text === planned.text;
    case 'number': {
      const percent = text.endsWith('%');
      const value = Number(percent ? text.slice(0, -1) : text) / (percent ? 100 : 1);
      return Math.abs(value - planned.value) < 1e-5;
    }
    case 'date':
      return text === planned.day;
    case 'formula':
      return false;
  }
}

describeWithEngine(
  'the rich workbook written by review --write and fix --write opens in LibreOffice',
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ops-rich-open-'));
    const source = path.join(dir, 'source.xlsx');
    const reviewSheet = getTemplate('review').sheetName['zh-CN'];
    let session: LibreOfficeSession;
    let before: Map<string, string[][]>;
    let foreignBefore: Foreign;

    async function cli(args: string[]): Promise<{ status: number; stdout: string }> {
      let stdout = '';
      const status = await runCli(
        args,
        {},
        { stdout: (text) => (stdout += text), stderr: () => undefined, now: NOW },
      );
      return { status, stdout };
    }

    beforeAll(async () => {
      session = new LibreOfficeSession(soffice!);
      writeFileSync(source, await wiredRichWorkbook());
      before = sheetsAsShown(session, source);
      foreignBefore = await foreignAsRead(session, source);
      // LibreOffice reads every one of them from the source: what the written files must keep.
      expect(foreignBefore).toEqual({
        textBox: true,
        connector: true,
        chartTitle: true,
        sparklines: true,
        x14List: true,
      });
    }, 300_000);

    it('review --write: opens, keeps the drawing, chart, sparklines and x14 dropdown, shows the planned review', async () => {
      const reviewed = path.join(dir, 'reviewed.xlsx');
      const grids = await readPackageGrids(readFileSync(source), inflate);
      const plan = planReviewUpdate({
        reviewSheet: reviewGrid(grids),
        model: buildReview(readWorkbook(grids, OPTIONS), MONTH, OPTIONS),
        locale: 'zh-CN',
        updatedAt: UPDATED_AT,
      });
      const run = await cli([
        'review',
        source,
        '--month',
        MONTH,
        '--today',
        TODAY,
        '--write',
        reviewed,
      ]);
      expect(run.status).toBe(0);
      const after = sheetsAsShown(session, reviewed);
      expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
      for (const [sheet, cells] of before)
        if (sheet !== reviewSheet) expect(after.get(sheet)).toEqual(cells);
      expect(await foreignAsRead(session, reviewed)).toEqual(foreignBefore);

      // The month's row: every computed cell at its column, as planned.
      const shown = after.get(reviewSheet)!;
      expect(plan.target).toEqual({ kind: 'existing', index: 0 });
      const row = shown[1]!;
      const wrong = Object.entries(plan.cells)
        .filter(([key, cell]) => !shows(row[plan.columns[key]!], cell))
        .map(([key]) => `${key}: ${row[plan.columns[key]!]}`);
      expect(wrong).toEqual([]);
      expect(Object.keys(plan.cells).length).toBeGreaterThan(4);
      // The department block: title, headers and one row per department, as planned.
      const { anchor: at, title, headers, rows } = plan.departments;
      expect(shown[at.row]?.[at.column]).toBe(title);
      expect(shown[at.row + 1]?.slice(at.column, at.column + headers.length)).toEqual(headers);
      expect(rows.length).toBeGreaterThan(0);
      rows.forEach((cells, index) =>
        cells.forEach((cell, column) =>
          expect([
            index,
            column,
            shows(shown[at.row + 2 + index]?.[at.column + column], cell),
          ]).toEqual([index, column, true]),
        ),
      );
    }, 300_000);

    it('fix --write: opens, keeps the drawing, chart, sparklines and x14 dropdown, shows each listed change', async () => {
      const fixed = path.join(dir, 'fixed.xlsx');
      const listed = JSON.parse((await cli(['fix', source, '--json'])).stdout) as {
        changes: { sheet: string; cell: string; after: string }[];
      };
      expect(listed.changes.length).toBeGreaterThanOrEqual(2);
      expect((await cli(['fix', source, '--write', fixed])).status).toBe(0);
      const after = sheetsAsShown(session, fixed);
      expect([...after.keys()].filter((sheet) => !before.has(sheet))).toHaveLength(1);
      expect(await foreignAsRead(session, fixed)).toEqual(foreignBefore);
      for (const [sheet, cells] of before) {
        const shown = after.get(sheet)!;
        const changes = listed.changes.filter((change) => change.sheet === sheet);
        const changed = new Set(changes.map((change) => change.cell));
        // Each listed cell shows its planned text; every other cell shows what it showed.
        for (const change of changes) {
          const [row, column] = place(change.cell);
          expect([change.cell, shown[row]?.[column] ?? '']).toEqual([change.cell, change.after]);
        }
        const rows = Math.max(cells.length, shown.length);
        for (let row = 0; row < rows; row += 1) {
          const width = Math.max(cells[row]?.length ?? 0, shown[row]?.length ?? 0);
          for (let column = 0; column < width; column += 1) {
            const cell = `${String.fromCharCode(65 + column)}${row + 1}`;
            if (changed.has(cell)) continue;
            expect([cell, shown[row]?.[column] ?? '']).toEqual([cell, cells[row]?.[column] ?? '']);
          }
        }
      }
    }, 300_000);
  },
);
