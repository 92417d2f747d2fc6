/**
 * Everything a command needs to write a workbook file, in one module that
 * `workbookPort.ts` and the review command load only when they write:
 * `check`, `review --json` and `fix` without `--write` never pay for the
 * package editor (issue 16: start-up is most of a small file's time).
 */
export { applyFixes } from './edit/fixEdit';
export { addPlanSheet } from './edit/planSheet';
export { applyReviewPlan } from './edit/reviewEdit';
export { editWorkbookFile } from './editFile';
