/**
 * A write that changes only what it owns, from one workbook file to another
 * (or the same): the source is read whole, edited as a package, and written
 * through a temporary file renamed into place, so a failed write never
 * leaves a half-written workbook where a good one was.
 */
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { newWorkbookBytes } from './edit/newWorkbook';
import { WorkbookEditor } from './edit/workbookEditor';
import { nodeInflate } from './readFile';
import { assertWorkbookFile, WorkbookFileError } from './workbookFile';

const nodeDeflate = (data: Uint8Array): Uint8Array => deflateRawSync(data);

/** `source` null: a new workbook, for a write into a file that does not exist yet. */
export async function editWorkbookFile<T>(
  source: string | null,
  out: string,
  edit: (editor: WorkbookEditor) => Promise<T>,
): Promise<T> {
  let bytes: Uint8Array;
  if (source === null) bytes = newWorkbookBytes(nodeInflate, nodeDeflate);
  else {
    await assertWorkbookFile(source);
    bytes = await readFile(source);
  }
  let editor: WorkbookEditor;
  try {
    editor = await WorkbookEditor.open(bytes, nodeInflate);
  } catch (cause) {
    throw new WorkbookFileError('damaged', source ?? out, { cause });
  }
  const result = await edit(editor);
  const written = await editor.save(nodeDeflate);
  const temporary = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, written);
    await rename(temporary, out);
  } catch (cause) {
    await unlink(temporary).catch(() => undefined);
    throw new WorkbookFileError('write-failed', out, { cause });
  }
  return result;
}
