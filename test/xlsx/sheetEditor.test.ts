/**
 * The sheet editor holds a worksheet part as its stored UTF-8 and reads a
 * row into cells only when a write touches it (issue 16: a fix of 50,000
 * rows held the sheet as strings and objects, 575 MB). What it writes is
 * what it always wrote: untouched rows byte for byte, touched ones rebuilt,
 * rows in row order, and nothing at all (null) when nothing changed.
 */
import { SheetEditor } from '../../src/xlsx/edit/sheetEditor';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><cols><col min="3" max="4" width="12" style="7" customWidth="1"/></cols><sheetData>`;
const TAIL = '</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>';
const sheet = (rows: string) => `${HEAD}${rows}${TAIL}`;
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array | null) => (data === null ? null : new TextDecoder().decode(data));

const ROW1 =
  '<row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t>任务名称 &amp; 备注</t></is></c><c r="B1" s="3"/></row>';
const ROW2 =
  '<row r="2" spans="1:3"><c r="A2" s="4"><v>1</v></c><c r="C2" s="5"><v>45122</v></c></row>';
const ROW3 = '<row r="3" s="9" customFormat="1"><c r="A3"><v>2</v></c></row>';

describe('SheetEditor', () => {
  it('reports nothing changed when the write changed nothing, even a cell set to what it was', () => {
    const editor = new SheetEditor(bytes(sheet(ROW1 + ROW2 + ROW3)));
    editor.setCell(1, 0, '<c r="A2" s="4"><v>1</v></c>');
    expect(editor.styleAt(1, 2)).toBe(5);
    expect(editor.changedBytes()).toBeNull();
  });

  it('rebuilds only the row it changes; the others stay byte for byte', () => {
    const editor = new SheetEditor(bytes(sheet(ROW1 + ROW2 + ROW3)));
    editor.setCell(1, 1, '<c r="B2"><v>7</v></c>');
    expect(text(editor.changedBytes())).toBe(
      sheet(
        `${ROW1}<row r="2"><c r="A2" s="4"><v>1</v></c><c r="B2"><v>7</v></c><c r="C2" s="5"><v>45122</v></c></row>${ROW3}`,
      ),
    );
  });

  it('reads the format an empty cell shows: its own, its row’s, its column’s', () => {
    const editor = new SheetEditor(bytes(sheet(ROW1 + ROW2 + ROW3)));
    expect(editor.styleAt(0, 1)).toBe(3);
    expect(editor.styleAt(2, 1)).toBe(9);
    expect(editor.styleAt(3, 3)).toBe(7);
    expect(editor.styleAt(3, 5)).toBe(0);
  });

  it('puts a new row in row order and keeps the later of two rows with one number', () => {
    const duplicate = '<row r="3"><c r="A3"><v>3</v></c></row>';
    const editor = new SheetEditor(bytes(sheet(ROW1 + ROW3 + duplicate)));
    editor.setCell(1, 0, '<c r="A2"><v>9</v></c>');
    expect(text(editor.changedBytes())).toBe(
      sheet(`${ROW1}<row r="2"><c r="A2"><v>9</v></c></row>${duplicate}`),
    );
  });

  it('numbers rows without a reference after the one before, and sorts rows written out of order', () => {
    const editor = new SheetEditor(
      bytes(sheet('<row r="5"><c><v>5</v></c></row><row><c><v>6</v></c></row><row r="2"/>')),
    );
    editor.setCell(5, 1, '<c r="B6"><v>1</v></c>');
    expect(text(editor.changedBytes())).toBe(
      sheet(
        '<row r="2"/><row r="5"><c><v>5</v></c></row><row><c><v>6</v></c><c r="B6"><v>1</v></c></row>',
      ),
    );
  });

  it('finds rows past comments and CDATA that spell a row, and drops what lies between rows as before', () => {
    const row = '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[</row>]]></t></is></c></row>';
    const editor = new SheetEditor(bytes(sheet(`<!-- <row r="9"> -->${row}\n${ROW2}`)));
    expect(editor.styleAt(8, 0)).toBe(0);
    editor.setCell(1, 0, '<c r="A2"/>');
    expect(text(editor.changedBytes())).toBe(
      sheet(`${row}<row r="2"><c r="A2"/><c r="C2" s="5"><v>45122</v></c></row>`),
    );
  });

  it('writes rows into an empty prefixed sheetData with its prefix', () => {
    const xml = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData/><x:pageMargins left="0.7"/></x:worksheet>`;
    const editor = new SheetEditor(bytes(xml));
    expect(editor.prefix).toBe('x:');
    expect(editor.changedBytes()).not.toBeNull();
    editor.setCell(0, 0, '<x:c r="A1"><x:v>1</x:v></x:c>');
    expect(text(editor.changedBytes())).toBe(
      `<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData><x:pageMargins left="0.7"/></x:worksheet>`,
    );
  });

  it('drops a byte order mark as decoding the part always did', () => {
    const stored = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(sheet(ROW2))]);
    expect(new SheetEditor(stored).changedBytes()).toBeNull();
    const editor = new SheetEditor(stored);
    editor.setRowHeight(1, 20);
    expect(text(editor.changedBytes())).toBe(
      sheet(
        '<row r="2" ht="20" customHeight="1"><c r="A2" s="4"><v>1</v></c><c r="C2" s="5"><v>45122</v></c></row>',
      ),
    );
  });

  it('counts a column’s formats over every row, touched or not, in the order first met', () => {
    const rows = [
      '<row r="1"><c r="C1" s="5"/></row>',
      '<row r="2"><c r="C2" s="6"/></row>',
      '<row r="3"><c r="C3" s="6"/></row>',
      '<row r="4"><c r="C4" s="5"/></row>',
    ].join('');
    const editor = new SheetEditor(bytes(sheet(rows)));
    expect(editor.styleAt(3, 2)).toBe(5);
    editor.setCell(0, 2, '<c r="C1"/>');
    expect(editor.columnStyleCounts(2)).toEqual([
      { style: 6, count: 2 },
      { style: 5, count: 1 },
    ]);
  });

  it('moves the cells of a table’s columns down a row, rows it never read included', () => {
    const editor = new SheetEditor(
      bytes(
        sheet(
          '<row r="1"><c r="A1" s="2"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>',
        ),
      ),
    );
    editor.shiftDown(0, 0, 0);
    expect(text(editor.changedBytes())).toBe(
      sheet(
        '<row r="1"><c r="A1" s="2"/></row><row r="2"><c r="A2" s="2"><v>1</v></c></row><row r="3"><c r="A3"><v>2</v></c></row>',
      ),
    );
  });

  it('keeps cells set in rows it never kept when those rows are later moved or resized', () => {
    const editor = new SheetEditor(bytes(sheet(ROW2 + ROW3)));
    editor.setCell(2, 1, '<c r="B3"><v>8</v></c>');
    expect(editor.styleAt(2, 1)).toBe(9);
    editor.setRowHeight(2, 30);
    editor.setCell(1, 1, '<c r="B2"><v>7</v></c>');
    expect(text(editor.changedBytes())).toBe(
      sheet(
        '<row r="2"><c r="A2" s="4"><v>1</v></c><c r="B2"><v>7</v></c><c r="C2" s="5"><v>45122</v></c></row>' +
          '<row r="3" s="9" customFormat="1" ht="30" customHeight="1"><c r="A3"><v>2</v></c><c r="B3"><v>8</v></c></row>',
      ),
    );
  });

  it('reads a cell’s column from any reference parseBox reads, and counts on from the one before without one', () => {
    const row =
      '<row r="2"><c r="$B$2" s="11"/><c s="12"/><c r=" E2 " s="13"/><c r="F2:G2" s="14"/><c r="&#72;2" s="15"/><c r="i2" s="16"/></row>';
    const editor = new SheetEditor(bytes(sheet(row)));
    expect([1, 2, 4, 5, 7, 8].map((column) => editor.styleAt(1, column))).toEqual([
      11, 12, 13, 14, 15, 16,
    ]);
  });

  it('writes a patched row as last patched, after the write moved on to other rows and back', () => {
    const editor = new SheetEditor(bytes(sheet(ROW1 + ROW2 + ROW3)));
    editor.setCell(1, 1, '<c r="B2"><v>7</v></c>');
    editor.setCell(2, 1, '<c r="B3"><v>8</v></c>');
    editor.setCell(1, 3, '<c r="D2"><v>9</v></c>');
    expect(editor.columnStyleCounts(2)).toEqual([{ style: 5, count: 1 }]);
    editor.setCell(2, 2, '<c r="C3"/>');
    expect(text(editor.changedBytes())).toBe(
      sheet(
        `${ROW1}<row r="2"><c r="A2" s="4"><v>1</v></c><c r="B2"><v>7</v></c><c r="C2" s="5"><v>45122</v></c><c r="D2"><v>9</v></c></row>` +
          '<row r="3" s="9" customFormat="1"><c r="A3"><v>2</v></c><c r="B3"><v>8</v></c><c r="C3"/></row>',
      ),
    );
  });
});
