/**
 * Just enough of poppler to look at a rendered page: word boxes from
 * `pdftotext -bbox` and pixels from `pdftoppm -ppm` (binary P6, trivial to
 * parse, so no image library is needed).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface WordBox {
  readonly page: number;
  readonly text: string;
  /** PDF points from the top-left of the page. */
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Runs a poppler tool, failing with a message that says what to install when it is missing. */
function poppler(tool: string, args: readonly string[]): string {
  const result = spawnSync(tool, args, { encoding: 'utf8' });
  if (result.error)
    throw new Error(`${tool} failed (${result.error.message}): install poppler-utils`);
  if (result.status !== 0) throw new Error(`${tool} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

export function wordBoxes(pdf: string): WordBox[] {
  const output = poppler('pdftotext', ['-bbox', pdf, '-']);
  const words: WordBox[] = [];
  let page = 0;
  for (const line of output.split('\n')) {
    if (line.includes('<page ')) page += 1;
    const match =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(
        line,
      );
    if (match) {
      const [, xMin, yMin, xMax, yMax, text = ''] = match;
      words.push({
        page,
        text: text.replace(/&amp;/g, '&'),
        xMin: +xMin!,
        yMin: +yMin!,
        xMax: +xMax!,
        yMax: +yMax!,
      });
    }
  }
  return words;
}

export interface Raster {
  readonly width: number;
  readonly height: number;
  /** Pixels per PDF point. */
  readonly scale: number;
  pixel(x: number, y: number): [number, number, number];
}

/** Renders one page at `dpi` and reads it back as RGB. */
export function renderPage(pdf: string, page: number, dpi: number): Raster {
  const outDir = mkdtempSync(path.join(tmpdir(), 'ppm-'));
  poppler('pdftoppm', [
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    pdf,
    path.join(outDir, 'page'),
  ]);
  const [name] = readdirSync(outDir);
  const bytes = readFileSync(path.join(outDir, name!));
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a binary PPM');
  const [whole, width, height] = header;
  const offset = whole.length;
  return {
    width: +width!,
    height: +height!,
    scale: dpi / 72,
    pixel(x, y) {
      const at = offset + (Math.round(y) * +width! + Math.round(x)) * 3;
      return [bytes[at]!, bytes[at + 1]!, bytes[at + 2]!];
    },
  };
}

/** `#F8CBAD` → [248, 203, 173]. */
export function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function closeTo(
  actual: readonly number[],
  expected: readonly number[],
  tolerance = 8,
): boolean {
  return actual.every((channel, index) => Math.abs(channel - (expected[index] ?? 0)) <= tolerance);
}
