/**
 * Whether a path holds a workbook package, and every way it may not: each
 * becomes a `WorkbookFileError` with a code the CLI turns into one localised
 * line, so callers never see a raw file, zip or XML exception. No ExcelJS
 * here: reading a file does not load the writer.
 */
import { closeSync, fstatSync, openSync, readSync, statSync, unlinkSync } from 'node:fs'; // sync: readFile.ts says why

export type WorkbookFileProblem =
  /** No file at the path (or it is a folder). */
  | 'missing-file'
  /** Neither a zip nor an OLE file: not a spreadsheet at all. */
  | 'not-xlsx'
  /** An OLE compound file holding an encrypted OOXML package. */
  | 'password-protected'
  /** An OLE compound file that is not encrypted: the legacy binary `.xls` format. */
  | 'legacy-xls'
  /** A zip that is not a readable workbook (damaged, or another zip format). */
  | 'damaged'
  /** The output file could not be written. */
  | 'write-failed'
  /** The workbook holds macros but the output's name ends in `.xlsx`: Excel would refuse the file. */
  | 'needs-xlsm'
  /** The workbook holds no macros but the output's name ends in `.xlsm`: Excel would refuse the file. */
  | 'needs-xlsx';

export class WorkbookFileError extends Error {
  constructor(
    readonly problem: WorkbookFileProblem,
    readonly filePath: string,
    options?: { cause?: unknown },
  ) {
    super(`${problem}: ${filePath}`, options);
    this.name = 'WorkbookFileError';
  }
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream name every Office-encrypted package carries, as UTF-16LE in the OLE directory. */
const ENCRYPTED_PACKAGE_NAME = Buffer.from('EncryptedPackage', 'utf16le');

function readHead(filePath: string, bytes: number): Buffer {
  const handle = openSync(filePath, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const bytesRead = readSync(handle, buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    closeSync(handle);
  }
}

function isRegularFile(filePath: string): boolean {
  try {
    return statSync(filePath).isFile();
  } catch {
    return false;
  }
}

/** Tells an encrypted package from a legacy `.xls`: both are OLE compound files. */
function classifyOleFile(filePath: string): WorkbookFileProblem {
  const handle = openSync(filePath, 'r');
  try {
    // The directory sector holding the stream names can sit anywhere in the file.
    const { size } = fstatSync(handle);
    const buffer = Buffer.alloc(size);
    readSync(handle, buffer, 0, size, 0);
    return buffer.includes(ENCRYPTED_PACKAGE_NAME) ? 'password-protected' : 'legacy-xls';
  } finally {
    closeSync(handle);
  }
}

/** Removes a temporary file a failed write may have left; one never written is fine too. */
export function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Never written, or already gone.
  }
}

/** Throws a `WorkbookFileError` unless the file is a zip package: missing, encrypted, `.xls`, other. */
export async function assertWorkbookFile(filePath: string): Promise<void> {
  if (!isRegularFile(filePath)) {
    throw new WorkbookFileError('missing-file', filePath);
  }
  const head = readHead(filePath, OLE_SIGNATURE.length);
  if (head.subarray(0, OLE_SIGNATURE.length).equals(OLE_SIGNATURE)) {
    throw new WorkbookFileError(classifyOleFile(filePath), filePath);
  }
  if (!head.subarray(0, ZIP_SIGNATURE.length).equals(ZIP_SIGNATURE)) {
    throw new WorkbookFileError('not-xlsx', filePath);
  }
}
