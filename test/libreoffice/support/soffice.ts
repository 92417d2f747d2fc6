/**
 * LibreOffice headless as a second, independent spreadsheet engine. Each
 * session uses a fresh profile whose registry forces OOXML formulas to be
 * recalculated on load, so every figure comes from LibreOffice itself, never
 * from a value cached in the file.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `soffice` on the PATH, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'soffice');
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** Every sheet to its own UTF-8 CSV, cells as shown (token 12 = -1: all sheets). */
export const CSV_ALL_SHEETS =
  'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

export interface Conversion {
  readonly status: number | null;
  readonly stderr: string;
  readonly outputs: readonly string[];
}

/** How long one conversion may take; a real one takes seconds. */
const CONVERSION_LIMIT_MS = 120_000;

/**
 * Written when a conversion overran its limit. Every later conversion of the
 * same jest run (its workers share the parent, `process.ppid`) fails at once
 * with the first one's story: one hung LibreOffice costs one limit, not one per
 * conversion, and the suite ends as a failure instead of running past CI's time.
 */
const HUNG_MARKER = path.join(tmpdir(), `ops-workbook-soffice-hung-${process.ppid}`);

export class LibreOfficeSession {
  readonly profile: string;

  constructor(private readonly soffice: string) {
    this.profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
    mkdirSync(path.join(this.profile, 'user'), { recursive: true });
    writeFileSync(path.join(this.profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  }

  /** Converts `file` with a `--convert-to` target into a new folder; returns what it wrote. */
  convert(file: string, target: string): Conversion {
    const outDir = mkdtempSync(path.join(tmpdir(), 'lo-out-'));
    if (existsSync(HUNG_MARKER)) {
      const story = readFileSync(HUNG_MARKER, 'utf8');
      return { status: null, stderr: `not started: ${story}`, outputs: [] };
    }
    const result = spawnSync(
      this.soffice,
      [
        `-env:UserInstallation=file://${this.profile}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        target,
        '--outdir',
        outDir,
        file,
      ],
      { encoding: 'utf8', timeout: CONVERSION_LIMIT_MS },
    );
    if (result.error && (result.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') {
      writeFileSync(
        HUNG_MARKER,
        `LibreOffice did not finish converting ${path.basename(file)} to ${target} within ${CONVERSION_LIMIT_MS / 1000} s`,
      );
    }
    return {
      status: result.status,
      stderr: `${result.stderr ?? ''}${result.error?.message ?? ''}`,
      outputs: readdirSync(outDir).map((name) => path.join(outDir, name)),
    };
  }
}

/** RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
