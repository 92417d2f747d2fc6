/**
 * `review --write` as the package edit does it, over bytes, and a zip's
 * stored entries by name: what the write-back tests compare, in one place.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import {
  buildReview,
  planReviewUpdate,
  readWorkbook,
  type EngineOptions,
  type Locale,
  type MonthKey,
} from '../../../src/core';
import type { FileFigures } from '../../../src/core/combine/reviews';
import { buildSections } from '../../../src/core/review/sections';
import { applyReviewPlan } from '../../../src/xlsx/edit/reviewEdit';
import { WorkbookEditor } from '../../../src/xlsx/edit/workbookEditor';
import { ZipArchive } from '../../../src/xlsx/package/zipArchive';
import { readPackageGrids } from '../../../src/xlsx/read/readPackage';
import { reviewGrid } from '../../../src/xlsx/workbookPort';

export const inflate = (bytes: Uint8Array) => inflateRawSync(bytes);
export const deflate = (bytes: Uint8Array) => deflateRawSync(bytes);
export const REVIEW_OPTIONS: EngineOptions = { locale: 'zh-CN', today: '2023-07-25' };

export interface ReviewWriteOptions {
  /** The caller's language (the pane's or CLI's); the sheet's decides what is written. */
  readonly locale?: Locale;
  /** Plan the template sections as the app does (`buildSections` in the sheet's language). */
  readonly sections?: boolean;
  /** A combined review's per-file figures (SPEC §14). */
  readonly files?: readonly FileFigures[];
}

/** The month's review of the package, written into it (the review sheet added when missing). */
export async function reviewWrite(
  zip: Uint8Array,
  month: MonthKey = '2023-07',
  { locale = 'zh-CN', sections = false, files }: ReviewWriteOptions = {},
): Promise<Uint8Array> {
  const grids = await readPackageGrids(zip, inflate);
  const options = { ...REVIEW_OPTIONS, locale };
  const reading = readWorkbook(grids, options);
  const model = buildReview(reading, month, options);
  const plan = planReviewUpdate({
    reviewSheet: reviewGrid(grids),
    model,
    locale,
    updatedAt: '2023-07-25 09:30',
    ...(sections ? { sectionsIn: (sheet: Locale) => buildSections(reading, month, sheet) } : {}),
    ...(files ? { files } : {}),
  });
  const editor = await WorkbookEditor.open(zip, inflate);
  await applyReviewPlan(editor, plan);
  return editor.save(deflate);
}

/** Each entry's stored bytes, local header included, by name. */
export function storedEntries(zip: Uint8Array): Map<string, Buffer> {
  const archive = new ZipArchive(zip, inflate);
  return new Map(
    archive.entries.map((entry) => [
      entry.name,
      Buffer.from(zip.subarray(entry.localHeaderOffset, archive.dataRange(entry).end)),
    ]),
  );
}
