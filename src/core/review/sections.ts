/**
 * The monthly review's template sections (SPEC §11.10): one per kind the
 * workbook holds that declares one, in registry order, each as its JSON, its
 * text lines, its pane card and its block in the review sheet. A kind the
 * workbook lacks has no section.
 */
import type { Locale } from '../i18n';
import { coreText } from '../messages';
import type { Grid, MonthKey } from '../model';
import type { LineBlock } from '../plan';
import { rowLocation, type WorkbookReading } from '../read/workbook';
import type { Json, RecordBase, ReviewCard, SheetSectionBlock } from '../templates/module';
import { MODULES, type TemplateKind } from '../templates/registry';
import { isBlankCell } from '../values/cell';
import { cellAt, titlePattern } from './annex';

export interface BuiltSection {
  readonly kind: TemplateKind;
  /** Its key in `review --json`. */
  readonly key: string;
  readonly json: Json;
  readonly lines: readonly string[];
  readonly card: ReviewCard;
  /** Its block in the review sheet; absent, the card's title over `lines`. */
  readonly sheet?: SheetSectionBlock;
}

/** In the reading's language, or in `locale` (the review sheet's) when given. */
export function buildSections(
  reading: WorkbookReading,
  month: MonthKey,
  locale: Locale = reading.options.locale,
): BuiltSection[] {
  const sections: BuiltSection[] = [];
  const options = { ...reading.options, locale };
  for (const template of MODULES) {
    const review = template.review;
    const kind = template.kind as TemplateKind;
    if (!review || review.topLevel || !reading.present.has(kind)) continue;
    const input = {
      records: reading.records.get(kind) ?? [],
      present: true,
      month,
      options,
      locate: (record: RecordBase) => rowLocation(reading, record),
    };
    const json = review.build(input);
    if (json === null) continue;
    const lines = review.lines(json, input);
    const card = review.card(json, input);
    sections.push({
      kind,
      key: review.key,
      json,
      lines,
      card,
      sheet: review.sheet?.(json, input) ?? { heading: card.title, lines },
    });
  }
  return sections;
}

/** Column width of the sections block: a sentence per line, wrapped. */
const SECTIONS_WIDTH = 48;
const isSectionsTitle = titlePattern('review.sectionsTitle');

/** Lines an earlier block wrote from `anchor` down (0 when the title there is not ours). */
function earlierLines(grid: Grid | null, anchor: { row: number; column: number }): number {
  if (!grid || !isSectionsTitle(String(cellAt(grid, anchor.row, anchor.column) ?? ''))) return 0;
  let rows = 1;
  while (!isBlankCell(cellAt(grid, anchor.row + rows, anchor.column))) rows += 1;
  return rows;
}

/**
 * The sections block of the review sheet: a title, then each section's
 * heading and lines. With no section, no line: an earlier block is emptied.
 */
export function planSectionsBlock(
  sections: readonly BuiltSection[],
  month: MonthKey,
  locale: Locale,
  anchor: { row: number; column: number },
  reviewSheet: Grid | null,
): LineBlock {
  const lines =
    sections.length === 0
      ? []
      : [
          coreText(locale, 'review.sectionsTitle', { month }),
          ...sections.flatMap(({ sheet, card, lines }) =>
            sheet ? [sheet.heading, ...sheet.lines] : [card.title, ...lines],
          ),
        ].map((line) => (line.trim() === '' ? '—' : line));
  return {
    anchor,
    lines,
    clearRows: Math.max(0, earlierLines(reviewSheet, anchor) - lines.length),
    width: SECTIONS_WIDTH,
  };
}
