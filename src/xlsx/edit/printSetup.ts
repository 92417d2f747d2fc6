/**
 * SPEC §12 print settings on a sheet that already exists (the review sheet a
 * user or an earlier version made): written only where the sheet has none of
 * its own, so a person's own print setup is never overridden.
 *   - page setup: when `<pageSetup>` names no orientation (a sheet nobody set
 *     up for printing has no `<pageSetup>` at all, or one Excel wrote for the
 *     printer only), ours goes in, any attribute already there (`r:id`, the
 *     printer's settings part) kept;
 *   - print titles: when the sheet has no `_xlnm.Print_Titles` of its own.
 * Once written, the sheet has both, so a second write changes nothing.
 */
import type { PrintLayout } from '../../core';
import { printTitlesFormula } from './planSheet';
import type { SheetEditor } from './sheetEditor';
import type { WorkbookEditor } from './workbookEditor';
import { withAttribute } from './xmlWriting';

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

/** `<pageSetup>`'s attributes for a layout (paper 9 is A4, ECMA-376 §18.3.1.63). */
function pageSetupAttributes(print: PrintLayout): [string, string][] {
  return [
    ['paperSize', '9'],
    ['orientation', print.orientation],
    ['fitToWidth', String(print.fitToPagesWide)],
    ['fitToHeight', '0'],
  ];
}

/** What the sheet's own `<pageSetup>` start tag says about orientation, if anything. */
function hasOwnOrientation(tag: string | null): boolean {
  return tag !== null && /\sorientation\s*=/.test(tag);
}

/**
 * Gives an existing sheet the layout's print settings where it has none of
 * its own; returns whether anything was written.
 */
export async function addMissingPrintSettings(
  editor: WorkbookEditor,
  sheet: SheetEditor,
  sheetName: string,
  print: PrintLayout,
): Promise<boolean> {
  let wrote = false;
  const own = sheet.tailElement('pageSetup');
  if (!hasOwnOrientation(own)) {
    const start = own ?? `<${sheet.prefix}pageSetup/>`;
    const tag = pageSetupAttributes(print).reduce(
      (current, [name, value]) => withAttribute(current, name, value),
      start.replace(/\s*\/?>$/, '/>'),
    );
    // A `<pageSetup>` with children is not something Excel writes; its children are dropped with it.
    sheet.putTailElement('pageSetup', tag, AFTER_PAGE_SETUP);
    // Without fitToPage Excel ignores fitToWidth/fitToHeight and prints at 100%.
    sheet.setFitToPage(true);
    wrote = true;
  }
  const position = editor.sheets.findIndex((entry) => entry.name === sheetName);
  if (position >= 0) {
    const added = await editor.addDefinedName(
      '_xlnm.Print_Titles',
      printTitlesFormula(sheetName, print),
      position,
    );
    wrote ||= added;
  }
  return wrote;
}
