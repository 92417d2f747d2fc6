/**
 * SPEC §14 in the pane: department workbooks the user picks are read here,
 * in the browser, with the CLI's reader (never uploaded: the pane's CSP
 * allows no connection anyway), one after another so the screen shows each
 * file's progress and memory holds one file's package at a time. What is
 * kept per file is its reading; the combined review is rebuilt from the
 * readings whenever the month changes, without reading the files again.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  buildReview,
  readWorkbook,
  type EngineOptions,
  type Grid,
  type MonthKey,
  type WorkbookReading,
} from '../../core';
import { combineReviews, type CombinedReview } from '../../core/combine/reviews';
import type { Inflate } from '../../xlsx/package/zipArchive';
import { decompressionStreamInflate } from '../../xlsx/read/streamInflate';
import { usePane } from '../PaneContext';

/** Why a picked file was left out of the combined review. */
export type FileProblem = 'notWorkbook' | 'legacyOrProtected' | 'noSheet';

export type FileProgress =
  | { readonly name: string; readonly state: 'waiting' | 'reading' | 'read' }
  | { readonly name: string; readonly state: 'failed'; readonly problem: FileProblem };

export interface CombineControls {
  /** False when this browser cannot decompress a workbook (no `DecompressionStream`). */
  readonly available: boolean;
  readonly running: boolean;
  readonly files: readonly FileProgress[];
  /** The readable files' combined review for the month (per-file figures included), once read. */
  readonly combined: CombinedReview | null;
  /** Which reading `combined` comes from: each pick read anew gets a new one (0: none yet). */
  readonly readingId: number;
  combine(files: readonly File[]): Promise<void>;
}

interface ReadFile {
  readonly name: string;
  readonly reading: WorkbookReading;
}

/** An OLE compound file (legacy .xls, or an encrypted package) starts with these bytes. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function fileBytes(file: File): Promise<Uint8Array> {
  // FileReader rather than Blob.arrayBuffer(): every host browser and jsdom have it.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

/** Lets the screen paint the progress before the next file takes the thread. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** `inflate` stands in for the browser's decompressor in tests (jsdom has none); `null`: none. */
export function useCombineWorkbooks(
  month: MonthKey,
  inflateGiven?: Inflate | null,
): CombineControls {
  const { locale, factSettings, today } = usePane();
  const [inflate] = useState(() =>
    inflateGiven === undefined ? decompressionStreamInflate() : inflateGiven,
  );
  const [files, setFiles] = useState<readonly FileProgress[]>([]);
  const [readings, setReadings] = useState<readonly ReadFile[]>([]);
  const [running, setRunning] = useState(false);
  const [readingId, setReadingId] = useState(0);
  const latestRun = useRef(0);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const combine = useCallback(
    async (picked: readonly File[]) => {
      if (inflate === null || picked.length === 0) return;
      const runId = ++latestRun.current;
      const current = () => mounted.current && runId === latestRun.current;
      const options = { locale, today: today(), settings: factSettings };
      const progress: FileProgress[] = picked.map((file) => ({
        name: file.name,
        state: 'waiting',
      }));
      const read: ReadFile[] = [];
      const show = () => {
        if (current()) setFiles([...progress]);
      };
      setRunning(true);
      setReadings([]);
      show();
      for (const [index, file] of picked.entries()) {
        progress[index] = { name: file.name, state: 'reading' };
        show();
        await nextFrame();
        if (!current()) return;
        const outcome = await readOne(file, inflate, options);
        if ('problem' in outcome) {
          progress[index] = { name: file.name, state: 'failed', problem: outcome.problem };
        } else {
          read.push({ name: file.name, reading: outcome.reading });
          progress[index] = { name: file.name, state: 'read' };
        }
        show();
      }
      if (!current()) return;
      setReadings(read);
      setReadingId(runId);
      setRunning(false);
    },
    [inflate, locale, today, factSettings],
  );

  const combined = useMemo(() => {
    if (readings.length === 0) return null;
    const options = { locale, today: today(), settings: factSettings };
    return combineReviews(
      month,
      options.today,
      readings.map(({ name, reading }) => ({
        file: name,
        review: buildReview(reading, month, options),
      })),
    );
  }, [readings, month, locale, today, factSettings]);

  return { available: inflate !== null, running, files, combined, readingId, combine };
}

async function readOne(
  file: File,
  inflate: Inflate,
  options: EngineOptions,
): Promise<{ reading: WorkbookReading } | { problem: FileProblem }> {
  let bytes: Uint8Array;
  try {
    bytes = await fileBytes(file);
  } catch {
    return { problem: 'notWorkbook' };
  }
  if (OLE_SIGNATURE.every((byte, index) => bytes[index] === byte))
    return { problem: 'legacyOrProtected' };
  let grids: Grid[];
  try {
    // Loaded when files are picked: the Review tab itself does not carry the reader.
    const { readPackageGrids } = await import('../../xlsx/read/readPackage');
    grids = await readPackageGrids(bytes, inflate);
  } catch {
    // Any way the package cannot be read (not a zip, damaged, no workbook part) is the same to the user.
    return { problem: 'notWorkbook' };
  }
  const reading = readWorkbook(grids, options);
  return reading.sheets.length === 0 ? { problem: 'noSheet' } : { reading };
}
