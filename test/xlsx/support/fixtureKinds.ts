/**
 * Each kind of package real files come as (issue 16): whole-column
 * validations and merges, 50,000 merges, 50,000 rows without cell
 * references, an OpenXML SDK package (absolute targets, `x:` prefixes), a
 * sheet under a non-standard part name. Made here, byte by byte.
 */
import { buildPackage, textRow, workbookPackage } from './buildPackage';

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

export const FIXTURE_KINDS: [string, () => Buffer][] = [
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
