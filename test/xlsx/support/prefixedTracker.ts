/**
 * A tracker as the OpenXML SDK writes it: absolute relationship targets,
 * every element `x:`-prefixed, shared strings under a non-standard name.
 * Row 2 holds a dotted date and an English status Fix converts; row 3 nothing to fix.
 */
import { buildPackage } from './buildPackage';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

const inline = (ref: string, text: string) =>
  `<x:c r="${ref}" t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
const shared = (ref: string, index: number) => `<x:c r="${ref}" t="s"><x:v>${index}</x:v></x:c>`;

export const PREFIXED_SHEET = `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1">${shared('A1', 0)}${shared('B1', 1)}${shared('C1', 2)}${shared('D1', 3)}</x:row><x:row r="2">${inline('A2', '巡检')}${inline('B2', '张*')}${inline('C2', '2023.07.15')}${inline('D2', 'Doing')}</x:row><x:row r="3">${inline('A3', '盘点')}${inline('B3', '李*')}<x:c r="C3"><x:v>45130</x:v></x:c>${inline('D3', '已完成')}</x:row></x:sheetData></x:worksheet>`;

export function prefixedTracker(): Buffer {
  return buildPackage({
    '[Content_Types].xml': `<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet.xml" ContentType="${TYPE}.worksheet+xml"/><Override PartName="/xl/strings/sst.xml" ContentType="${TYPE}.sharedStrings+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Type="${REL}/officeDocument" Target="/xl/workbook.xml" Id="R5a1"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${REL}" xmlns:x="${MAIN}"><x:sheets><x:sheet name="导出" sheetId="1" r:id="R9f"/></x:sheets></x:workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet.xml" Id="R9f"/><Relationship Type="${REL}/sharedStrings" Target="/xl/strings/sst.xml" Id="R2"/></Relationships>`,
    'xl/strings/sst.xml': `<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="${MAIN}"><x:si><x:t>任务名称</x:t></x:si><x:si><x:t>负责人</x:t></x:si><x:si><x:t>截止日期</x:t></x:si><x:si><x:t>状态</x:t></x:si></x:sst>`,
    'xl/worksheets/sheet.xml': PREFIXED_SHEET,
  });
}
