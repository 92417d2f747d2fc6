/**
 * The rich workbook (richWorkbook.ts) with what real files hold inside the
 * sheets our writes own and beside them: on the tracker (sheet1, Fix) and the
 * review sheet (sheet3, Review) a linked-data-type cell, a whole-row format,
 * a note on an empty cell, page breaks and a header/footer picture; beside
 * them webextensions, richData/metadata, a query table and a picture.
 */
import { HANDBOOK_TASKS } from '../../cli/support/workbooks';
import { rewriteParts } from './buildPackage';
import { richWorkbook } from './richWorkbook';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A cell holding a linked data type: `vm` points into xl/metadata.xml; its cached value is #VALUE!. */
export const LINKED_CELL = (ref: string) => `<c r="${ref}" t="e" vm="1"><v>#VALUE!</v></c>`;
/** An empty row formatted as a whole (Excel's "format the row"). */
export const ROW_FORMAT = '<row r="40" s="1" customFormat="1" ht="24" customHeight="1"/>';
/** Page breaks, a note's VML and a header/footer picture, in CT_Worksheet order. */
const SHEET_TAIL =
  '<headerFooter><oddHeader>&amp;C&amp;G</oddHeader></headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="20" max="16383" man="1"/></rowBreaks><legacyDrawing r:id="rIdVml"/><legacyDrawingHF r:id="rIdHF"/>';
const SHEET_RELS = `<Relationship Id="rIdVml" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/><Relationship Id="rIdHF" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawingHF1.vml"/><Relationship Id="rIdComments" Type="${REL}/comments" Target="../comments1.xml"/>`;

const ADDED_PARTS = {
  'xl/comments1.xml':
    '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>张*</author></authors><commentList><comment ref="P30" authorId="0"><text><t>空单元格上的批注</t></text></comment></commentList></comments>',
  'xl/drawings/vmlDrawing1.vml':
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape type="#_x0000_t202"><x:ClientData xmlns:x="urn:schemas-microsoft-com:office:excel" ObjectType="Note"><x:Row>29</x:Row><x:Column>15</x:Column></x:ClientData></v:shape></xml>',
  'xl/drawings/vmlDrawingHF1.vml':
    '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="CH"><v:imagedata o:relid="rId1" xmlns:o="urn:schemas-microsoft-com:office:office"/></v:shape></xml>',
  'xl/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7, 7]),
  'xl/webextensions/taskpanes.xml':
    '<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11"><wetp:taskpane dockstate="right" visibility="1" width="350"/></wetp:taskpanes>',
  'xl/webextensions/webextension1.xml':
    '<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6F1A0B3C-0000-4000-8000-000000000001}"><we:reference id="wa000000000" version="1.0.0.0" store="zh-CN" storeType="OMEX"/></we:webextension>',
  'xl/richData/rdrichvalue.xml':
    '<rvData xmlns="http://schemas.microsoft.com/office/spreadsheetml/2017/richdata" count="1"><rv s="0"><v>5</v><v>上海</v></rv></rvData>',
  'xl/metadata.xml':
    '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><valueMetadata count="1"><bk><rc t="1" v="0"/></bk></valueMetadata></metadata>',
  'xl/queryTables/queryTable1.xml':
    '<queryTable xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="外部数据_1" connectionId="1"/>',
};

/** The two sheets the writes own: the tracker (Fix) and the review (Review). */
export const OWNED_SHEETS = ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet3.xml'];

export async function workbookWithForeignContent(): Promise<Buffer> {
  // One status Fix normalises (row 3), so Fix rebuilds the row holding the linked cell.
  const tasks = HANDBOOK_TASKS.map((row, index) =>
    index === 1 ? row.map((value, column) => (column === 7 ? 'Doing' : value)) : row,
  );
  return rewriteParts(
    await richWorkbook(true, tasks),
    (name, text) => {
      if (OWNED_SHEETS.includes(name)) {
        const row = name.endsWith('sheet1.xml') ? 3 : 2;
        const withCell = text.replace(
          new RegExp(`(<row r="${row}"[^>]*>[^]*?)</row>`),
          `$1${LINKED_CELL(`Z${row}`)}</row>`,
        );
        return [
          name,
          withCell
            .replace('</sheetData>', `${ROW_FORMAT}</sheetData>`)
            .replace('<tableParts', `${SHEET_TAIL}<tableParts`),
        ];
      }
      if (/^xl\/worksheets\/_rels\/sheet[13]\.xml\.rels$/.test(name))
        return [name, text.replace('</Relationships>', `${SHEET_RELS}</Relationships>`)];
      return [name, text];
    },
    ADDED_PARTS,
  );
}
