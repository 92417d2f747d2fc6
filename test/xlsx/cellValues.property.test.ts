/**
 * Property at the file edge (issue 16): arbitrary cell values, stored every
 * way a package can store them — shared strings (plain and in rich runs),
 * inline strings, a formula's cached text, number or boolean, numbers with
 * and without a date style, booleans, error values, text with characters XML
 * cannot carry (escaped `_xHHHH_` as Excel does) — in a generated workbook
 * package holding a template's table (or a team's sheet with its headers),
 * for every template that reads rows. The streaming reader gives back exactly
 * the values stored; `check --json` over the file never throws and exits 0
 * or 1; and every value a declared column cannot read is an issue on its
 * very cell. The core's own property over grids is
 * test/core/templateProperties.test.ts; this one adds the package and the CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { LOCALES, type Grid, type Locale } from '../../src/core';
import { bindGrid } from '../../src/core/headers/bind';
import { TEMPLATES, type GenericTemplate } from '../../src/core/templates/registry';
import { isEmptyRow } from '../../src/core/read/row';
import { runCli } from '../../src/cli/run';
import { readPackageGrids } from '../../src/xlsx/read/readPackage';
import { dateSerial } from '../../src/xlsx/read/sheetCells';
import { DATES_AS_TEXT, FORMULA_LOOKING, unreadable, WORDS } from '../core/support/templateCells';
import { buildPackage } from './support/buildPackage';
import { inflate } from './support/reviewWrite';

const dir = mkdtempSync(path.join(tmpdir(), 'ops-cell-values-'));
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const DAY_MS = 86_400_000;

/** Characters XML 1.0 cannot carry, and `\r` (XML would read it as `\n`). */
// eslint-disable-next-line no-control-regex
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g;

/** Markup escaped. */
const markup = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A `<t>`'s or `<v>`'s text as ECMA-376 §22.9.2.19 escapes it: what XML cannot carry as `_xHHHH_`, and
 * every `_` as `_x005F_`, so no run boundary or literal `_x000D_` can be misread as an escape.
 */
function xmlEscape(text: string): string {
  return markup(
    text
      .replace(/_/g, '_x005F_')
      .replace(
        NOT_IN_XML,
        (character) => `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
      ),
  );
}

/** What the reader gives for a text: whitespace alone is a blank cell (gridBuilder.ts). */
const asRead = (text: string) => (text.trim() === '' ? '' : text);

/** One stored cell: how the package holds it, and the value the reader must give back. */
interface StoredCell {
  /** The `<c>`'s attributes after `r` and its content; a shared string's text goes to the table. */
  readonly store:
    | { readonly how: 'shared'; readonly runs: readonly string[] }
    | { readonly how: 'cell'; readonly attributes: string; readonly body: string }
    | { readonly how: 'none' };
  readonly value: unknown;
}

const preserve = (text: string) => `<t xml:space="preserve">${xmlEscape(text)}</t>`;

/** A number as Excel writes it, -0 as 0 (Excel has no negative zero). */
const numberArb = fc
  .oneof(
    fc.integer({ min: -10, max: 3_000_000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(45122, 45122.5, 60, 0, 2958465, 1e-7, 1e21),
  )
  .map((number) => (Object.is(number, -0) ? 0 : number));

const textArb = fc.oneof(
  WORDS,
  DATES_AS_TEXT,
  FORMULA_LOOKING,
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom(' 前后 ', '\t', 'a\r\nb', '_x000D_', '&<>"\'', ''),
);

const storedCell: fc.Arbitrary<StoredCell> = fc.oneof(
  textArb.chain((text) => {
    const value = asRead(text);
    const points = Array.from(text);
    return fc.oneof(
      fc.constant<StoredCell>({ store: { how: 'shared', runs: [text] }, value }),
      // Split into two rich runs between characters (never inside a surrogate pair).
      fc.nat(points.length).map<StoredCell>((cut) => ({
        store: {
          how: 'shared',
          runs: [points.slice(0, cut).join(''), points.slice(cut).join('')],
        },
        value,
      })),
      fc.constant<StoredCell>({
        store: { how: 'cell', attributes: ' t="inlineStr"', body: `<is>${preserve(text)}</is>` },
        value,
      }),
      fc.constant<StoredCell>({
        store: {
          how: 'cell',
          attributes: ' t="str"',
          body: `<f>T("x")</f><v>${xmlEscape(text)}</v>`,
        },
        value,
      }),
    );
  }),
  fc.tuple(numberArb, fc.boolean(), fc.boolean()).map<StoredCell>(([number, dated, formula]) => ({
    store: {
      how: 'cell',
      attributes: dated ? ' s="1"' : '',
      body: `${formula ? '<f>0+0</f>' : ''}<v>${number}</v>`,
    },
    value: dated ? dateSerial(number, false) : number,
  })),
  fc
    .date({
      noInvalidDate: true,
      min: new Date(Date.UTC(1900, 2, 1)),
      max: new Date(Date.UTC(9999, 0, 1)),
    })
    .map<StoredCell>((date) => {
      const serial = date.getTime() / DAY_MS + 25_569;
      return {
        store: { how: 'cell', attributes: ' s="1"', body: `<v>${serial}</v>` },
        value: dateSerial(serial, false),
      };
    }),
  fc.tuple(fc.boolean(), fc.boolean()).map<StoredCell>(([flag, formula]) => ({
    store: {
      how: 'cell',
      attributes: ' t="b"',
      body: `${formula ? '<f>TRUE()</f>' : ''}<v>${flag ? 1 : 0}</v>`,
    },
    value: flag,
  })),
  fc
    .tuple(
      fc.constantFrom('#N/A', '#VALUE!', '#DIV/0!', '#REF!', '#NAME?', '#NUM!', '#NULL!'),
      fc.boolean(),
    )
    .map<StoredCell>(([error, formula]) => ({
      store: {
        how: 'cell',
        attributes: ' t="e"',
        body: `${formula ? '<f>1/0</f>' : ''}<v>${error}</v>`,
      },
      value: error,
    })),
  fc.constant<StoredCell>({ store: { how: 'none' }, value: '' }),
);

const WITH_READING = TEMPLATES.filter((template) => template.reading !== undefined);
const MAX_COLUMNS = Math.max(...WITH_READING.map((template) => template.columns.length));

const columnName = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : String.fromCharCode(64 + Math.floor(index / 26)) + String.fromCharCode(65 + (index % 26));

/** A workbook package of one sheet: the template's headers in row 1, `rows` below, our table over them or not. */
function sheetPackage(
  template: GenericTemplate,
  locale: Locale,
  ours: boolean,
  rows: readonly (readonly StoredCell[])[],
): Buffer {
  const shared: string[] = [];
  const width = template.columns.length;
  const cellXml = (ref: string, cell: StoredCell): string => {
    const { store } = cell;
    if (store.how === 'none') return '';
    if (store.how === 'cell') return `<c r="${ref}"${store.attributes}>${store.body}</c>`;
    shared.push(
      store.runs.length === 1
        ? `<si>${preserve(store.runs[0]!)}</si>`
        : `<si>${store.runs.map((run, index) => `<r>${index ? '<rPr><b/></rPr>' : ''}${preserve(run)}</r>`).join('')}</si>`,
    );
    return `<c r="${ref}" t="s"><v>${shared.length - 1}</v></c>`;
  };
  const header = template.columns
    .map((column, index) =>
      cellXml(`${columnName(index)}1`, {
        store: { how: 'shared', runs: [column.header[locale]] },
        value: '',
      }),
    )
    .join('');
  const body = rows
    .map(
      (row, r) =>
        `<row r="${r + 2}">${row
          .slice(0, width)
          .map((cell, index) => cellXml(`${columnName(index)}${r + 2}`, cell))
          .join('')}</row>`,
    )
    .join('');
  const ref = `A1:${columnName(width - 1)}${Math.max(rows.length, 1) + 1}`;
  return buildPackage({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${TYPE}.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/><Override PartName="/xl/tables/table1.xml" ContentType="${TYPE}.table+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${template.sheetName[locale]}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData><row r="1">${header}</row>${body}</sheetData>${ours ? '<tableParts count="1"><tablePart r:id="rIdT"/></tableParts>' : ''}</worksheet>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">${shared.join('')}</sst>`,
    ...(ours
      ? {
          'xl/worksheets/_rels/sheet1.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rIdT" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
          'xl/tables/table1.xml': `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${MAIN}" id="1" name="${template.tableName}" displayName="${template.tableName}" ref="${ref}"><autoFilter ref="${ref}"/><tableColumns count="${width}">${template.columns.map((column, index) => `<tableColumn id="${index + 1}" name="${xmlEscape(column.header[locale])}"/>`).join('')}</tableColumns></table>`,
        }
      : {}),
  });
}

interface CheckJson {
  readonly issues: readonly { readonly sheet: string; readonly cell: string }[];
}

async function checkFile(file: string, locale: Locale, today: string) {
  let stdout = '';
  let stderr = '';
  const status = await runCli(
    ['check', file, '--json', '--today', today, '--lang', locale],
    {},
    {
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      now: () => new Date(2024, 4, 20),
    },
  );
  return { status, stderr, json: status <= 1 ? (JSON.parse(stdout) as CheckJson) : null };
}

const todayArb = fc.constantFrom('2023-07-20', '2024-02-29', '2026-02-14');

describe.each(WITH_READING.map((template) => [template.kind, template] as const))(
  '%s: arbitrary cell values in an .xlsx package',
  (kind, template) => {
    it('are read back as stored; check never throws; every value a column cannot read is an issue on its cell', async () => {
      let recognised = 0;
      const file = path.join(dir, `${kind}.xlsx`);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...LOCALES),
          fc.boolean(),
          fc.array(fc.array(storedCell, { minLength: MAX_COLUMNS, maxLength: MAX_COLUMNS }), {
            minLength: 1,
            maxLength: 4,
          }),
          todayArb,
          async (locale, ours, rows, today) => {
            const zip = sheetPackage(template, locale, ours, rows);
            const [grid] = (await readPackageGrids(zip, inflate)) as [Grid];
            // The file edge is faithful: each cell reads back as the value stored.
            rows.forEach((row, r) =>
              row.slice(0, template.columns.length).forEach((cell, c) => {
                const read = grid.cells[r + 1 - grid.origin.row]?.[c - grid.origin.column] ?? '';
                expect([r, c, read]).toEqual([r, c, cell.value]);
              }),
            );
            writeFileSync(file, zip);
            const checked = await checkFile(file, locale, today);
            const binding = bindGrid(grid);
            if (ours) expect(binding?.kind).toBe(kind);
            if (binding?.kind !== kind) {
              // Not this kind (a team's sheet its content does not make one): read as another
              // kind, or refused as holding nothing recognised (status 2, said on stderr).
              expect([0, 1, 2]).toContain(checked.status);
              return;
            }
            expect(checked.stderr).toBe('');
            expect([0, 1]).toContain(checked.status);
            recognised += 1;
            const cells = new Set(
              checked.json!.issues.map((issue) => `${issue.sheet}!${issue.cell}`),
            );
            rows.forEach((row, r) => {
              const values = row.slice(0, template.columns.length).map((cell) => cell.value);
              // A row whose bound cells are all blank or 0 is no row (SPEC §3; formula zeros).
              if (isEmptyRow(values, binding)) return;
              for (const column of template.columns) {
                const at = binding.columns.get(column.key);
                if (at !== undefined && unreadable(template, column, values[at]))
                  expect(cells).toContain(`${grid.sheetName}!${columnName(at)}${r + 2}`);
              }
            });
          },
        ),
        { numRuns: 25 },
      );
      expect(recognised).toBeGreaterThan(0);
    }, 120_000);
  },
);
