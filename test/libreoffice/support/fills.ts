/**
 * Which highlight fill LibreOffice painted where, read from a rendered page.
 * A cell's text covers part of its background, so a cell is sampled across its
 * width and the commonest fill wins; glyph pixels (neither a fill nor white)
 * do not vote.
 */
import { HIGHLIGHT_FILLS } from '../../../src/core';
import { closeTo, rgb, type Raster } from './raster';

export type Painted = 'overdue' | 'dueSoon' | 'unassigned' | 'none' | 'other';

export function paintOf(pixel: readonly number[]): Painted {
  for (const kind of ['overdue', 'dueSoon', 'unassigned'] as const) {
    if (closeTo(pixel, rgb(HIGHLIGHT_FILLS[kind]))) return kind;
  }
  return closeTo(pixel, [255, 255, 255]) ? 'none' : 'other';
}

/**
 * The fill of the cell whose text starts at `fromX` and whose right-hand
 * neighbour's text starts at `nextX` (PDF points), on the text line from `top`
 * to `bottom`. The samples keep clear of the borders: cell text sits about a
 * point inside its cell.
 */
export function cellPaint(
  raster: Raster,
  horizontal: { readonly fromX: number; readonly nextX: number },
  vertical: { readonly top: number; readonly bottom: number },
): Painted {
  const votes = new Map<Painted, number>();
  for (let x = horizontal.fromX; x <= horizontal.nextX - 3; x += 0.5) {
    for (let y = vertical.top; y <= vertical.bottom; y += 1) {
      const paint = paintOf(raster.pixel(x * raster.scale, y * raster.scale));
      if (paint !== 'other') votes.set(paint, (votes.get(paint) ?? 0) + 1);
    }
  }
  const [winner] = [...votes].sort((a, b) => b[1] - a[1]);
  return winner ? winner[0] : 'other';
}
