/**
 * Issue 16, each kind of package real files come as: whole-column
 * validations and merges, 50,000 merges, an OpenXML SDK package (absolute
 * targets, `x:` prefixes), a sheet under a non-standard part name. Each is
 * read and written by `review --write` within the single-file budget, every
 * part the write does not own is copied byte for byte, and a second write of
 * the result gives the same file.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import {
  buildReview,
  isTableOfKind,
  planReviewUpdate,
  readWorkbook,
  type EngineOptions,
} from '../../src/core';
import { applyReviewPlan } from '../../src/xlsx/edit/reviewEdit';
import { WorkbookEditor } from '../../src/xlsx/edit/workbookEditor';
import { ZipArchive } from '../../src/xlsx/package/zipArchive';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { buildPackage, textRow, workbookPackage } from './support/buildPackage';

const inflate = (bytes: Uint8Array) => inflateRawSync(bytes);
const deflate = (bytes: Uint8Array) => deflateRawSync(bytes);
const OPTIONS: EngineOptions = { locale: 'zh-CN', today: '2023-07-25' };
/**
 * A hang guard, not a budget: a range walked cell by cell takes minutes. Issue 16's budget for
 * any single file (5 s) is measured by `npm run bench`, never by a timed unit test.
 */
/** CPU time since `started`: the budget holds on a loaded machine, where wall time does not. */
const cpuMs = (started: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
const HANG_GUARD_MS = 30_000;
/** What adding the review sheet may rewrite: the package's index parts and the styles it adds to. */
const INDEX_PARTS =
  /^(\[Content_Types\]\.xml|xl\/(x?workbook|wb)\.xml|xl\/_rels\/.*\.rels|xl\/styles\.xml|docProps\/app\.xml)$/;

async function reviewWrite(zip: Uint8Array): Promise<Uint8Array> {
  const grids = await readPackageGrids(zip, inflate);
  const model = buildReview(readWorkbook(grids, OPTIONS), '2023-07', OPTIONS);
  const reviewSheet =
    grids.find((grid) => grid.tableName !== undefined && isTableOfKind(grid.tableName, 'review')) ??
    null;
  const plan = planReviewUpdate({
    reviewSheet,
    model,
    locale: 'zh-CN',
    updatedAt: '2023-07-25 09:30',
  });
  const editor = await WorkbookEditor.open(zip, inflate);
  await applyReviewPlan(editor, plan);
  return editor.save(deflate);
}

/** Each entry's stored bytes, local header included, by name. */
function storedEntries(zip: Uint8Array): Map<string, Buffer> {
  const archive = new ZipArchive(zip, inflate);
  return new Map(
    archive.entries.map((entry) => [
      entry.name,
      Buffer.from(zip.subarray(entry.localHeaderOffset, archive.dataRange(entry).end)),
    ]),
  );
}

const HEADER = textRow(1, ['任务名称', '负责人', '截止日期']);
const TASK = textRow(2, ['巡检', '张*', '2023-07-15']);
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

function fiftyThousandMerges(): Buffer {
  const rows: string[] = [HEADER];
  const merges: string[] = [];
  for (let row = 2; row <= 50_001; row += 1) {
    rows.push(textRow(row, [`T${row}`, 'x']));
    merges.push(`<mergeCell ref="A${row}:B${row}"/>`);
  }
  return workbookPackage([
    {
      name: 'S',
      rows: rows.join(''),
      after: `<mergeCells count="${merges.length}">${merges.join('')}</mergeCells>`,
    },
  ]);
}

/** 50,000 rows written without `r` attributes and no colon anywhere: no search may run to the end. */
function fiftyThousandPlainRows(): Buffer {
  const row = '<row><c t="inlineStr"><is><t>巡检</t></is></c><c><v>45122</v></c></row>';
  return workbookPackage([{ name: 'S', rows: HEADER + row.repeat(50_000) }]);
}

const KINDS: [string, () => Buffer][] = [
  [
    'whole-column validations and merges',
    () =>
      workbookPackage([
        {
          name: 'S',
          rows: HEADER + TASK,
          after: `<mergeCells count="2"><mergeCell ref="D1:E1048576"/><mergeCell ref="F1:G1048576"/></mergeCells><dataValidations count="11"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation>${'HIJKLMNOPQ'
            .split('')
            .map(
              (column) =>
                `<dataValidation type="list" sqref="${column}:${column}"><formula1>"x,y"</formula1></dataValidation>`,
            )
            .join('')}</dataValidations>`,
        },
      ]),
  ],
  ['50,000 merges', fiftyThousandMerges],
  ['50,000 rows without cell references', fiftyThousandPlainRows],
  [
    'an OpenXML SDK package: absolute targets, x: prefixes',
    () =>
      buildPackage({
        '[Content_Types].xml': `<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
        '_rels/.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Type="${REL}/officeDocument" Target="/xl/workbook.xml" Id="R5a1"/></Relationships>`,
        'xl/workbook.xml': `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:sheets><x:sheet name="导出" sheetId="1" r:id="R9f"/></x:sheets></x:workbook>`,
        'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet.xml" Id="R9f"/><Relationship Type="${REL}/sharedStrings" Target="/xl/strings/sst.xml" Id="R2"/></Relationships>`,
        'xl/strings/sst.xml': `<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="${MAIN}"><x:si><x:t>任务名称</x:t></x:si><x:si><x:t>负责人</x:t></x:si></x:sst>`,
        'xl/worksheets/sheet.xml': `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      }),
  ],
  [
    'a sheet under a non-standard part name',
    () =>
      workbookPackage([
        { name: '任务表', rows: HEADER + TASK, part: 'xl/数据/第一页.xml' },
        { name: 'Other', rows: textRow(1, ['x']) },
      ]),
  ],
];

describe.each(KINDS)('review --write on %s', (_kind, make) => {
  it('reads and writes within the budget, copying every part it does not own byte for byte', async () => {
    const before = make();
    const started = process.cpuUsage();
    const after = await reviewWrite(before);
    expect(cpuMs(started)).toBeLessThan(HANG_GUARD_MS);
    const old = storedEntries(before);
    const now = storedEntries(after);
    const rewritten = [...old]
      .filter(([name, bytes]) => !now.get(name)?.equals(bytes))
      .map(([name]) => name);
    expect(rewritten.filter((name) => !INDEX_PARTS.test(name))).toEqual([]);
    // Every part is still there; what is new is the review sheet and what it brings.
    expect([...old.keys()].filter((name) => !now.has(name))).toEqual([]);
    const grids = await readPackageGrids(after, inflate);
    expect(grids.map((grid) => grid.sheetName)).toEqual([
      ...(await readPackageGrids(before, inflate)).map((grid) => grid.sheetName),
      expect.any(String),
    ]);
    expect(grids.at(-1)?.tableName).toMatch(/^OpsReview/);
  }, 60_000);

  it('gives the same file when the result is written again', async () => {
    const once = await reviewWrite(make());
    const twice = await reviewWrite(once);
    expect(Buffer.from(twice).equals(Buffer.from(once))).toBe(true);
  }, 60_000);
});
