/**
 * The workbook port over files: a session reads the source with the
 * streaming reader and, when it has somewhere to write, edits the package
 * (`editWorkbookFile`), so every part a write does not own is copied byte
 * for byte and the output appears whole or not at all. A session with an
 * output always writes it, even when nothing changed (a copy).
 */
import type { Grid, Locale, ReviewUpdatePlan } from '../core';
import { isTableOfKind } from '../core';
import type { FixChange, FixLogPlan } from '../core/fix';
import type {
  NamedSheetPlan,
  ReviewPlaced,
  WorkbookPort,
  WorkbookSession,
  WorkbookSnapshot,
} from '../app/port';
import type { WorkbookEditor } from './edit/workbookEditor';
import type * as FileWriting from './fileWriting';
import { readWorkbookGrids } from './readFile';

export interface WorkbookFiles {
  /** The workbook read; null for a new one (a file that does not exist yet). */
  readonly source: string | null;
  /** Where the session's writes go (may be the source); null for a read-only session. */
  readonly out: string | null;
}

/** The file's review table, as the review plan reads it. */
export function reviewGrid(grids: readonly Grid[]): Grid | null {
  return (
    grids.find((grid) => grid.tableName !== undefined && isTableOfKind(grid.tableName, 'review')) ??
    null
  );
}

/**
 * An open package and the writer's code, loaded only by a session that
 * writes, and the source's grids read from the bytes the editor holds (the
 * file is read from disk once, each part inflated once).
 */
interface Writing {
  readonly editor: WorkbookEditor;
  readonly write: typeof FileWriting;
  readonly readGrids: () => Promise<Grid[]>;
}

function fileSession(source: string | null, writing: Writing | null): WorkbookSession {
  const editor = writing?.editor ?? null;
  const editing = (step: string): Writing => {
    if (!writing) throw new Error(`${step} needs a session with an output file.`);
    return writing;
  };

  return {
    async readNames() {
      const open = editing('readNames').editor;
      return {
        sheetNames: open.sheets.map((sheet) => sheet.name),
        takenNames: (await open.allTables()).map((table) => table.name),
      };
    },

    async read(): Promise<WorkbookSnapshot> {
      const grids = writing
        ? await writing.readGrids()
        : source === null
          ? []
          : await readWorkbookGrids(source);
      return {
        grids,
        // Every sheet, empty ones included, when the package is open.
        sheetNames: editor
          ? editor.sheets.map((sheet) => sheet.name)
          : grids.map((grid) => grid.sheetName),
        reviewSheet: reviewGrid(grids),
      };
    },

    async addSheets(sheets: readonly NamedSheetPlan[], _locale: Locale) {
      const { editor: open, write } = editing('addSheets');
      for (const { plan, sheetName, tableName } of sheets) {
        await write.addPlanSheet(open, { ...plan, sheetName, tableName });
      }
    },

    async writeReview(plan: ReviewUpdatePlan): Promise<ReviewPlaced> {
      const { editor: open, write } = editing('writeReview');
      const sheetName = await write.applyReviewPlan(open, plan);
      return { sheetName, rowAddress: '', chartDrawn: false };
    },

    writeFixes(changes: readonly FixChange[], log: FixLogPlan) {
      const { editor: open, write } = editing('writeFixes');
      return write.applyFixes(open, changes, log);
    },
  };
}

export function workbookFilePort(files: WorkbookFiles): WorkbookPort {
  return {
    session(work) {
      if (files.out === null) return work(fileSession(files.source, null));
      const out = files.out;
      return import('./fileWriting').then((write) =>
        write.editWorkbookFile(files.source, out, (editor, readGrids) =>
          work(fileSession(files.source, { editor, write, readGrids })),
        ),
      );
    },
  };
}
