import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { planTemplate, TEMPLATES } from '../../src/core';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { readGrids } from '../../src/xlsx/readGrid';
import { writeSheetPlan } from '../../src/xlsx/writePlan';
import {
  addBudget,
  addHandbookLayoutTracker,
  addTeamTracker,
  addTraditionalTracker,
  HANDBOOK_COLLAB,
  HANDBOOK_TASKS,
  typeIntoTable,
} from '../cli/support/workbooks';
import { HANDBOOK_TASKS as HANDBOOK_TEXT_TASKS } from '../fixtures/handbook';
import { buildPackage, textRow, workbookPackage } from './support/buildPackage';

const inflate = (bytes: Uint8Array) => inflateRawSync(bytes);
const read = (zip: Uint8Array) => readPackageGrids(zip, inflate);

/** The grids of the loaded-workbook reader, for the same bytes. */
async function loadedGrids(zip: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(zip as unknown as ArrayBuffer);
  return readGrids(workbook);
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function handbookWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const template of TEMPLATES) writeSheetPlan(workbook, planTemplate(template.kind, 'zh-CN'));
  writeSheetPlan(workbook, planTemplate('tracker', 'en-US'));
  typeIntoTable(workbook, 'OpsTasks', HANDBOOK_TASKS);
  typeIntoTable(workbook, 'OpsCollab', HANDBOOK_COLLAB);
  addHandbookLayoutTracker(workbook);
  addTeamTracker(workbook);
  addTraditionalTracker(workbook);
  addBudget(workbook);
  return workbook;
}

/** Every kind of value the loaded reader handles (readGrid.test.ts), in one sheet. */
function valuesWorkbook(date1904: boolean): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet('Team tracker');
  sheet.mergeCells('B2:E2');
  sheet.getCell('B2').value = '2023年7月 运营任务';
  sheet.getRow(3).values = [undefined, undefined, '任务名称', '截止日期', '负责人', '状态'];
  sheet.getCell('C4').value = { richText: [{ text: 'Q3客户' }, { text: '满意度调研' }] };
  sheet.getCell('D4').value = new Date(Date.UTC(2023, 6, 15));
  sheet.getCell('D4').numFmt = 'yyyy-mm-dd';
  sheet.getCell('G4').value = new Date(Date.UTC(2023, 8, 1, 14, 7, 3));
  sheet.getCell('G4').numFmt = 'yyyy-mm-dd hh:mm:ss';
  sheet.getCell('E4').value = { text: '张*', hyperlink: 'mailto:z@example.com' };
  sheet.getCell('F4').value = { formula: 'IF(1,"进行中","")', result: '进行中' };
  sheet.getCell('D5').value = { formula: 'D4+1', result: { error: '#VALUE!' } };
  sheet.getCell('E5').value = { error: '#N/A' };
  sheet.getCell('F5').value = true;
  sheet.getCell('G5').value = { formula: 'TODAY()', result: new Date(Date.UTC(2023, 6, 20)) };
  sheet.getCell('G5').numFmt = 'yyyy/m/d';
  sheet.getCell('H5').value = 0.125;
  sheet.getCell('H6').value = { formula: 'H5*2' };
  sheet.getCell('C7').value = '  ';
  sheet.getCell('C8').value = 'a & <b> "c"';
  sheet.getCell(1, 300).value = 'far right';
  sheet.getCell(2000, 1).value = 'far below';
  workbook.addWorksheet('Empty').getCell('C3').value = '   ';
  return workbook;
}

describe('the streaming reader gives the grids of the loaded-workbook reader', () => {
  it('on the handbook workbook: every template, typed rows, team trackers, a budget', async () => {
    const zip = await bytesOf(handbookWorkbook());
    const streamed = await read(zip);
    // Every template once, the English tracker, and four team sheets.
    expect(streamed.map((grid) => grid.sheetName)).toHaveLength(TEMPLATES.length + 5);
    expect(streamed).toEqual(await loadedGrids(zip));
  });

  it.each([false, true])(
    'on every kind of value, merged title, far cells (1904 dates: %s)',
    async (date1904) => {
      const zip = await bytesOf(valuesWorkbook(date1904));
      const streamed = await read(zip);
      expect(streamed).toEqual(await loadedGrids(zip));
      expect(streamed[0]?.cells[3]?.slice(1, 6)).toEqual([
        '',
        'Q3客户满意度调研',
        45122,
        '张*',
        '进行中',
      ]);
    },
  );

  it('on the handbook fixture typed as text into a tracker', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('任务');
    HANDBOOK_TEXT_TASKS.forEach((row) => sheet.addRow([...row]));
    const zip = await bytesOf(workbook);
    expect(await read(zip)).toEqual(await loadedGrids(zip));
  });
});

/** A sheet whose header row is followed by one task: what every pathological file below holds. */
const HEADER = textRow(1, ['任务名称', '负责人', '截止日期']);
const TASK =
  '<row r="2"><c r="A2" t="inlineStr"><is><t>巡检</t></is></c><c r="C2" s="1"><v>45122</v></c></row>';
const EXPECTED_CELLS = [
  ['任务名称', '负责人', '截止日期'],
  ['巡检', '', 45122],
];

describe('ranges cost what they are, not the cells they span', () => {
  it('reads a sheet with a data validation over A1:XFD1048576', async () => {
    const validation =
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>';
    const [grid] = await read(
      workbookPackage([{ name: 'S', rows: HEADER + TASK, after: validation }]),
    );
    expect(grid?.cells).toEqual(EXPECTED_CELLS);
  });

  it('reads a sheet with dropdowns on ten whole columns', async () => {
    const rules = Array.from(
      { length: 10 },
      (_, index) =>
        `<dataValidation type="list" sqref="${String.fromCharCode(68 + index)}:${String.fromCharCode(68 + index)}"><formula1>"x,y"</formula1></dataValidation>`,
    ).join('');
    const [grid] = await read(
      workbookPackage([
        {
          name: 'S',
          rows: HEADER + TASK,
          after: `<dataValidations count="10">${rules}</dataValidations>`,
        },
      ]),
    );
    expect(grid?.cells).toEqual(EXPECTED_CELLS);
  });

  it('keeps merged whole columns as ranges: only their top-left cell is read', async () => {
    const rows = `${HEADER}${TASK}<row r="3"><c r="E3" t="inlineStr"><is><t>hidden by the merge</t></is></c></row>`;
    const merges =
      '<mergeCells count="2"><mergeCell ref="D1:E1048576"/><mergeCell ref="F1:G1048576"/></mergeCells>';
    const [grid] = await read(workbookPackage([{ name: 'S', rows, after: merges }]));
    expect(grid?.cells).toEqual(EXPECTED_CELLS);
  });

  it('reads a sheet of 50,000 merged ranges, keeping each top-left value', async () => {
    const rows: string[] = [HEADER];
    const merges: string[] = [];
    for (let row = 2; row <= 50_001; row += 1) {
      rows.push(
        `<row r="${row}"><c r="A${row}" t="inlineStr"><is><t>T${row}</t></is></c><c r="B${row}" t="inlineStr"><is><t>hidden</t></is></c></row>`,
      );
      merges.push(`<mergeCell ref="A${row}:B${row}"/>`);
    }
    const [grid] = await read(
      workbookPackage([
        {
          name: 'S',
          rows: rows.join(''),
          after: `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>`,
        },
      ]),
    );
    expect(grid?.cells).toHaveLength(50_001);
    expect(grid?.cells[1]).toEqual(['T2', '', '']);
    expect(grid?.cells[50_000]).toEqual(['T50001', '', '']);
  });
});

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

describe('packages as the Open Packaging Conventions allow them', () => {
  it('reads an OpenXML SDK package: absolute targets, x: prefixes, shared strings elsewhere', async () => {
    const zip = buildPackage({
      '[Content_Types].xml': `<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
      '_rels/.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Type="${REL}/officeDocument" Target="/xl/workbook.xml" Id="R5a1"/></Relationships>`,
      'xl/workbook.xml': `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="导出" sheetId="1" r:id="R9f"/></x:sheets></x:workbook>`,
      'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet.xml" Id="R9f"/><Relationship Type="${REL}/sharedStrings" Target="/xl/strings/sst.xml" Id="R2"/><Relationship Type="${REL}/styles" Target="/xl/styles.xml" Id="R3"/></Relationships>`,
      'xl/strings/sst.xml': `<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="${MAIN}"><x:si><x:t>任务名称</x:t></x:si><x:si><x:r><x:t>截止</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>日期</x:t></x:r><x:rPh sb="0" eb="2"><x:t>jiezhi</x:t></x:rPh></x:si><x:si><x:t>line_x000D_break</x:t></x:si></x:sst>`,
      'xl/styles.xml': `<?xml version="1.0" encoding="utf-8"?><x:styleSheet xmlns:x="${MAIN}"><x:cellXfs count="2"><x:xf numFmtId="0"/><x:xf numFmtId="14"/></x:cellXfs></x:styleSheet>`,
      'xl/worksheets/sheet.xml': `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="s"><x:v>2</x:v></x:c><x:c r="B2" s="1"><x:v>43660</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
    });
    const [grid] = await read(zip);
    expect(grid?.sheetName).toBe('导出');
    // 43660 in the 1904 system is 2023-07-15, serial 45122 in the 1900 system.
    expect(grid?.cells).toEqual([
      ['任务名称', '截止日期'],
      ['line\rbreak', 45122],
    ]);
  });

  it('reads a sheet stored under a non-standard part name, percent-encoded in its relationship', async () => {
    const zip = workbookPackage([
      { name: '任务表', rows: HEADER + TASK, part: 'xl/数据/第一页.xml' },
      { name: 'Other', rows: textRow(1, ['x']) },
    ]);
    expect((await read(zip))[0]?.cells).toEqual(EXPECTED_CELLS);
    const encoded = buildPackage({
      '_rels/.rels': `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="a" Type="${REL}/officeDocument" Target="xl/wb.xml"/></Relationships>`,
      'xl/wb.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="任务表" sheetId="1" r:id="s"/></sheets></workbook>`,
      'xl/_rels/wb.xml.rels': `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="s" Type="${REL}/worksheet" Target="./%E6%95%B0%E6%8D%AE/../data/Sheet%201.xml"/></Relationships>`,
      'xl/data/Sheet 1.xml': `<worksheet xmlns="${MAIN}"><sheetData>${HEADER}${TASK.replace(' s="1"', '')}</sheetData></worksheet>`,
    });
    expect((await read(encoded))[0]?.cells).toEqual(EXPECTED_CELLS);
  });

  it('reads rows and cells written without r attributes, in sequence', async () => {
    const rows =
      '<row><c t="inlineStr"><is><t>任务名称</t></is></c><c t="inlineStr"><is><t>负责人</t></is></c></row><row><c t="inlineStr"><is><t>巡检</t></is></c><c t="b"><v>1</v></c></row>';
    const [grid] = await read(workbookPackage([{ name: 'S', rows }]));
    expect(grid?.cells).toEqual([
      ['任务名称', '负责人'],
      ['巡检', true],
    ]);
  });

  it('finds our table through the sheet relationships, wherever the table part is', async () => {
    const rows = HEADER + TASK;
    const zip = workbookPackage(
      [
        {
          name: 'S',
          rows,
          after: '<tableParts count="2"><tablePart r:id="t1"/><tablePart r:id="t2"/></tableParts>',
        },
      ],
      {
        'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="t1" Type="${REL}/table" Target="/xl/t/budget.xml"/><Relationship Id="t2" Type="${REL}/table" Target="../t/ours.xml"/></Relationships>`,
        'xl/t/budget.xml': `<table xmlns="${MAIN}" id="1" name="Budget" displayName="Budget" ref="H1:H2"/>`,
        'xl/t/ours.xml': `<x:table xmlns:x="${MAIN}" id="2" name="OpsTasks3" displayName="OpsTasks3" ref="A1:C5"/>`,
      },
    );
    const [grid] = await read(zip);
    expect(grid?.tableName).toBe('OpsTasks3');
    expect(grid?.tableExtent).toEqual({ headerRow: 0, dataRows: 4 });
  });
});
