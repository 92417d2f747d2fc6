/**
 * Property (issue 16): whatever bytes arrive as a workbook — a zip cut short,
 * bytes changed, parts missing, XML broken, ranges absurd — the reader either
 * reads grids or says the package cannot be read with one of its own errors
 * (or zlib's, for bad compressed data), quickly: never a hang, never a
 * TypeError or RangeError from inside the reader, and the CLI's file reader
 * turns each of those into one `damaged` file error.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { PackageError } from '../../src/xlsx/read/workbookPackage';
import { XmlFormatError } from '../../src/xlsx/package/xmlScanner';
import { ZipFormatError } from '../../src/xlsx/package/zipArchive';
import { readWorkbookGrids } from '../../src/xlsx/readFile';
import { WorkbookFileError } from '../../src/xlsx/workbookFile';
import { buildPackage, textRow, workbookPackage } from './support/buildPackage';

const inflate = (bytes: Uint8Array, size?: number) =>
  inflateRawSync(
    bytes,
    size !== undefined && size >= 64 && size < 1 << 20 ? { chunkSize: size } : {},
  );
/** A hang guard, not a budget (that is `npm run bench`): a hang or a range walked cell by cell takes minutes. */
/** CPU time since `started`: the budget holds on a loaded machine, where wall time does not. */
const cpuMs = (started: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
const HANG_GUARD_MS = 10_000;

const HEADER = textRow(1, ['任务名称', '负责人', '截止日期']);
const TASK =
  '<row r="2"><c r="A2" t="inlineStr"><is><t>巡检</t></is></c><c r="C2" s="1"><v>45122</v></c><c r="D2" t="s"><v>0</v></c></row>';
/** A good package: one task sheet with shared strings, a date style and a merge. */
const GOOD = workbookPackage(
  [
    {
      name: '任务',
      rows: HEADER + TASK,
      after: '<mergeCells count="1"><mergeCell ref="A5:B6"/></mergeCells>',
    },
  ],
  {
    'xl/sharedStrings.xml':
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>张*</t></si></sst>',
  },
);

/** An error the reader means: the package is not a readable workbook. */
function isReadersError(error: unknown): boolean {
  if (
    error instanceof ZipFormatError ||
    error instanceof PackageError ||
    error instanceof XmlFormatError
  )
    return true;
  // zlib's own errors on bad compressed data (Z_DATA_ERROR, Z_BUF_ERROR); made in Node's
  // realm, not the test's, so they are recognised by their code rather than by `instanceof`.
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

async function readsOrRefuses(zip: Uint8Array): Promise<void> {
  const started = process.cpuUsage();
  try {
    const grids = await readPackageGrids(zip, inflate);
    expect(Array.isArray(grids)).toBe(true);
  } catch (error) {
    if (!isReadersError(error)) throw error;
  }
  expect(cpuMs(started)).toBeLessThan(HANG_GUARD_MS);
}

/** The parts of a small good package as name → text, to break one at a time. */
const SOURCES: Record<string, string> = {
  '_rels/.rels':
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/workbook.xml':
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="false"/><sheets><sheet name="任务" sheetId="1" r:id="s1"/></sheets></workbook>',
  'xl/_rels/workbook.xml.rels':
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="ss" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="st" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
  'xl/sharedStrings.xml':
    '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>张*</t></si></sst>',
  'xl/styles.xml':
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>',
  'xl/worksheets/sheet1.xml': `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${HEADER}${TASK}</sheetData><mergeCells count="1"><mergeCell ref="A5:B6"/></mergeCells></worksheet>`,
};
const PART_NAMES = Object.keys(SOURCES);

/** A range as broken files declare them: huge, reversed, out of the sheet, or not a range. */
const absurdRange = fc.oneof(
  fc.constantFrom(
    'A1:XFD1048576',
    'XFD1048576:A1',
    'A:A',
    '1:1048576',
    'A0:B0',
    'ZZZZ99999999:A1',
    'A1:A99999999999999999999',
    '',
    ':',
    'A1:',
    '-1',
  ),
  fc
    .tuple(fc.nat(20_000), fc.nat(2_000_000), fc.nat(20_000), fc.nat(2_000_000))
    .map(([left, top, right, bottom]) => {
      const column = (index: number) => {
        let name = '';
        for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
          name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
        return name;
      };
      return `${column(left)}${top}:${column(right)}${bottom}`;
    }),
);

describe('malformed packages are read or refused, never hang or crash', () => {
  it('a good package cut short anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(GOOD.length - 1), async (length) => {
        await readsOrRefuses(GOOD.subarray(0, length));
      }),
      { numRuns: 200 },
    );
  });

  it('a good package with bytes changed anywhere', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(GOOD.length - 1), fc.nat(255)), {
          minLength: 1,
          maxLength: 8,
        }),
        async (changes) => {
          const zip = Uint8Array.from(GOOD);
          for (const [at, value] of changes) zip[at] = value;
          await readsOrRefuses(zip);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('parts missing, or their XML cut short or mixed with markup', async () => {
    const breakage = fc.oneof(
      fc.constant({ kind: 'missing' as const }),
      fc.nat(400).map((at) => ({ kind: 'cut' as const, at })),
      fc
        .tuple(
          fc.nat(400),
          fc.constantFrom(
            '<',
            '>',
            '"',
            '&',
            '&#xFFFFFFF;',
            '<![CDATA[',
            '<!--',
            '</row>',
            '<c r="',
          ),
        )
        .map(([at, text]) => ({ kind: 'insert' as const, at, text })),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...PART_NAMES), breakage), {
          minLength: 1,
          maxLength: 3,
        }),
        async (breaks) => {
          const parts: Record<string, string> = { ...SOURCES };
          for (const [name, how] of breaks) {
            const source = parts[name];
            if (source === undefined) continue;
            if (how.kind === 'missing') delete parts[name];
            else if (how.kind === 'cut') parts[name] = source.slice(0, how.at);
            else parts[name] = source.slice(0, how.at) + how.text + source.slice(how.at);
          }
          await readsOrRefuses(buildPackage(parts));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('absurd ranges in merges, validations, dimensions and tables cost nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(absurdRange, { minLength: 1, maxLength: 6 }), async (ranges) => {
        const merges = ranges.map((ref) => `<mergeCell ref="${ref}"/>`).join('');
        const validations = ranges
          .map(
            (ref) =>
              `<dataValidation type="list" sqref="${ref}"><formula1>"a"</formula1></dataValidation>`,
          )
          .join('');
        const zip = buildPackage({
          ...SOURCES,
          'xl/worksheets/sheet1.xml': `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="${ranges[0]}"/><sheetData>${HEADER}${TASK}</sheetData><mergeCells count="${ranges.length}">${merges}</mergeCells><dataValidations>${validations}</dataValidations><tableParts count="1"><tablePart r:id="t"/></tableParts></worksheet>`,
          'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="t" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>`,
          'xl/tables/table1.xml': `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="OpsTasks" displayName="OpsTasks" ref="${ranges[ranges.length - 1]}"/>`,
        });
        await readsOrRefuses(zip);
      }),
      { numRuns: 150 },
    );
  });

  it('the CLI reader turns every refusal into one damaged-file error naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ops-malformed-'));
    await fc.assert(
      fc.asyncProperty(fc.nat(GOOD.length - 1), async (length) => {
        const file = path.join(dir, 'cut.xlsx');
        writeFileSync(file, GOOD.subarray(0, Math.max(length, 4)));
        try {
          await readWorkbookGrids(file);
        } catch (error) {
          expect(error).toBeInstanceOf(WorkbookFileError);
          expect((error as WorkbookFileError).filePath).toBe(file);
        }
      }),
      { numRuns: 60 },
    );
  });
});
