/**
 * SPEC §11.5 archive numbers: `类型-年份-编号`, e.g. `制度-2023-001`; the year
 * is the application's year.
 */
import { foldWidth } from '../../text/normalise';

export interface ArchiveNumber {
  readonly type: string;
  readonly year: number;
  readonly serial: string;
}

const ARCHIVE_NUMBER = /^([^\s\-–—]+)\s*[-–—]\s*(\d{4})\s*[-–—]\s*(\d+)$/;

/** The same form on text as typed (full-width dashes and digits included), for the ID reader. */
export const ARCHIVE_NUMBER_FORM =
  /^[^\s\-–—－]+\s*[-–—－]\s*[0-9０-９]{4}\s*[-–—－]\s*[0-9０-９]+$/;

export function parseArchiveNumber(text: string): ArchiveNumber | null {
  const match = ARCHIVE_NUMBER.exec(foldWidth(text).trim());
  if (!match) return null;
  return { type: match[1] ?? '', year: Number(match[2]), serial: match[3] ?? '' };
}

/**
 * Why an archive number is wrong: `form` when it is not `类型-年份-编号`,
 * `year` when its year is not the submission's; null when it is right (or
 * when the submission day is unknown and only the form can be judged).
 */
export function archiveNumberProblem(
  text: string,
  submittedYear: number | null,
): 'form' | 'year' | null {
  const number = parseArchiveNumber(text);
  if (number === null) return 'form';
  return submittedYear !== null && number.year !== submittedYear ? 'year' : null;
}
