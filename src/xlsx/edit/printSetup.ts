/**
 * SPEC §12 print settings of the review sheet (core `ReviewPrint`): A4
 * landscape at a fixed scale, narrow margins, a manual page break after the
 * review table, its header row on every page.
 *
 * Written on a sheet this write adds, and on an existing one only where the
 * page setup is not a person's own: a sheet nobody set up for printing (no
 * `<pageSetup>`, or one Excel wrote for the printer only, naming no
 * orientation), or one that still has the layout the add-in itself wrote
 * (A4 landscape fitted one page wide, from before the fixed scale; or the
 * scale this plan asks for). Print titles are added only where the sheet has
 * none. Once written, a second write changes nothing.
 */
import type { ReviewPrint } from '../../core';
import { sheetReference } from './planSheet';
import type { SheetEditor } from './sheetEditor';
import type { WorkbookEditor } from './workbookEditor';
import { withAttribute, withoutAttribute } from './xmlWriting';

/** CT_Worksheet's children after `pageSetup` (ECMA-376 Part 1 §18.3.1.99), in order. */
const AFTER_PAGE_SETUP = [
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
] as const;
const AFTER_COL_BREAKS = AFTER_PAGE_SETUP.slice(AFTER_PAGE_SETUP.indexOf('colBreaks') + 1);
/** Paper 9 is A4 (ECMA-376 §18.3.1.63). */
const A4 = '9';
/** The last row of a sheet, zero-based: a column break runs down all of it. */
const LAST_ROW = 1048575;

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];

/**
 * Whether the sheet's `<pageSetup>` is a person's own: it names an
 * orientation, and is not a layout the add-in wrote.
 */
function isPersonsOwn(tag: string | null, fitToPage: boolean, print: ReviewPrint): boolean {
  if (tag === null || attribute(tag, 'orientation') === undefined) return false;
  const ourPaper =
    attribute(tag, 'orientation') === print.orientation && attribute(tag, 'paperSize') === A4;
  const fittedWide =
    fitToPage && attribute(tag, 'fitToWidth') === '1' && attribute(tag, 'fitToHeight') === '0';
  const ourScale = !fitToPage && attribute(tag, 'scale') === String(print.scale);
  return !(ourPaper && (fittedWide || ourScale));
}

function pageSetupTag(current: string | null, prefix: string, print: ReviewPrint): string {
  const start = (current ?? `<${prefix}pageSetup/>`).replace(/\s*\/?>$/, '/>');
  const set: [string, string][] = [
    ['paperSize', A4],
    ['orientation', print.orientation],
    ['scale', String(print.scale)],
  ];
  const fixed = set.reduce((tag, [name, value]) => withAttribute(tag, name, value), start);
  // A fixed scale, not fit-to-pages (off with `fitToPage`, dropped so nothing says otherwise).
  return withoutAttribute(withoutAttribute(fixed, 'fitToWidth'), 'fitToHeight');
}

function marginsTag(prefix: string, print: ReviewPrint): string {
  const { left, right, top, bottom, header, footer } = print.margins;
  return `<${prefix}pageMargins left="${left}" right="${right}" top="${top}" bottom="${bottom}" header="${header}" footer="${footer}"/>`;
}

/** The sheet's column breaks with a manual one before `column` (kept as they were when it has it). */
function colBreaksXml(current: string | null, prefix: string, column: number): string | null {
  const breaks = current ? [...current.matchAll(/<(?:\w+:)?brk\b[^>]*?\/>/g)].map((m) => m[0]) : [];
  if (breaks.some((brk) => attribute(brk, 'id') === String(column))) return null;
  const all = [...breaks, `<${prefix}brk id="${column}" max="${LAST_ROW}" man="1"/>`].sort(
    (a, b) => Number(attribute(a, 'id')) - Number(attribute(b, 'id')),
  );
  const manual = all.filter((brk) => attribute(brk, 'man') === '1').length;
  return `<${prefix}colBreaks count="${all.length}" manualBreakCount="${manual}">${all.join('')}</${prefix}colBreaks>`;
}

/** The header row(s) on every printed page: `'月度运营复盘表'!$1:$1`. */
const titlesFormula = (sheetName: string, print: ReviewPrint): string =>
  `${sheetReference(sheetName)}$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`;

/**
 * Gives the review sheet its print layout where the page setup is not a
 * person's own (always on a sheet this write `added`), and print titles where
 * it has none.
 */
export async function applyReviewPrint(
  editor: WorkbookEditor,
  sheet: SheetEditor,
  sheetName: string,
  print: ReviewPrint,
  added: boolean,
): Promise<void> {
  const prefix = sheet.prefix;
  const current = sheet.tailElement('pageSetup');
  if (added || !isPersonsOwn(current, sheet.fitsToPage(), print)) {
    // Without fitToPage off, Excel would fit the page instead of using the scale.
    sheet.turnOffFitToPage();
    sheet.putTailElement('pageMargins', marginsTag(prefix, print), [
      'pageSetup',
      ...AFTER_PAGE_SETUP,
    ]);
    // A `<pageSetup>` with children is not something Excel writes; its children go with it.
    sheet.putTailElement('pageSetup', pageSetupTag(current, prefix, print), AFTER_PAGE_SETUP);
    const breaks = colBreaksXml(sheet.tailElementXml('colBreaks'), prefix, print.breakBefore);
    if (breaks) sheet.putTailElement('colBreaks', breaks, AFTER_COL_BREAKS);
  }
  const position = editor.sheets.findIndex((entry) => entry.name === sheetName);
  if (position >= 0)
    await editor.addDefinedName('_xlnm.Print_Titles', titlesFormula(sheetName, print), position);
}
