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
  type MonthKey,
} from '../../../src/core';
import { applyReviewPlan } from '../../../src/xlsx/edit/reviewEdit';
import { WorkbookEditor } from '../../../src/xlsx/edit/workbookEditor';
import { ZipArchive } from '../../../src/xlsx/package/zipArchive';
import { readPackageGrids } from '../../../src/xlsx/read/readPackage';
import { reviewGrid } from '../../../src/xlsx/workbookPort';

export const inflate = (bytes: Uint8Array) => inflateRawSync(bytes);
export const deflate = (bytes: Uint8Array) => deflateRawSync(bytes);
export const REVIEW_OPTIONS: EngineOptions = { locale: 'zh-CN', today: '2023-07-25' };

/** The month's review of the package, written into it (the review sheet added when missing). */
export async function reviewWrite(
  zip: Uint8Array,
  month: MonthKey = '2023-07',
): Promise<Uint8Array> {
  const grids = await readPackageGrids(zip, inflate);
  const model = buildReview(readWorkbook(grids, REVIEW_OPTIONS), month, REVIEW_OPTIONS);
  const plan = planReviewUpdate({
    reviewSheet: reviewGrid(grids),
    model,
    locale: 'zh-CN',
    updatedAt: '2023-07-25 09:30',
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
