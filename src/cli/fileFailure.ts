/**
 * Turns what the xlsx layer and the use cases refuse into the CLI's localised
 * failures: a typed file error, and a workbook with no recognisable sheet.
 */
import { NothingRecognised } from '../app/options';
import { WorkbookFileError, type WorkbookFileProblem } from '../xlsx/workbookFile';
import { CliFailure } from './failure';
import type { CliMessage } from './messages';

const MESSAGE_OF: Readonly<Record<WorkbookFileProblem, CliMessage>> = {
  'missing-file': 'fileMissing',
  'not-xlsx': 'fileNotXlsx',
  'password-protected': 'filePasswordProtected',
  'legacy-xls': 'fileLegacyXls',
  damaged: 'fileDamaged',
  'write-failed': 'fileWriteFailed',
  'needs-xlsm': 'fileNeedsXlsm',
  'needs-xlsx': 'fileNeedsXlsx',
};

function reasonOf(cause: unknown): string {
  if (typeof cause === 'object' && cause !== null) {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string') return code;
    if (typeof message === 'string') return message;
  }
  return String(cause);
}

/** Runs a file operation on `file`, reporting an unusable file as a `CliFailure`. */
export async function withFileFailures<T>(operation: () => Promise<T>, file = ''): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof WorkbookFileError) {
      throw new CliFailure(
        MESSAGE_OF[error.problem],
        { path: error.filePath, reason: reasonOf(error.cause) },
        { cause: error },
      );
    }
    if (error instanceof NothingRecognised)
      throw new CliFailure('noRecognisableSheet', { path: file }, { cause: error });
    throw error;
  }
}
