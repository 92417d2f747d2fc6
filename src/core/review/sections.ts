/**
 * The monthly review's template sections (SPEC §11.10): one per kind the
 * workbook holds that declares one, in registry order, each as its JSON, its
 * text lines and its pane card. A kind the workbook lacks has no section.
 */
import type { MonthKey } from '../model';
import type { WorkbookReading } from '../read/workbook';
import type { Json, ReviewCard } from '../templates/module';
import { MODULES, type TemplateKind } from '../templates/registry';

export interface BuiltSection {
  readonly kind: TemplateKind;
  /** Its key in `review --json`. */
  readonly key: string;
  readonly json: Json;
  readonly lines: readonly string[];
  readonly card: ReviewCard;
}

export function buildSections(reading: WorkbookReading, month: MonthKey): BuiltSection[] {
  const sections: BuiltSection[] = [];
  for (const template of MODULES) {
    const review = template.review;
    const kind = template.kind as TemplateKind;
    if (!review || review.topLevel || !reading.present.has(kind)) continue;
    const input = {
      records: reading.records.get(kind) ?? [],
      present: true,
      month,
      options: reading.options,
    };
    const json = review.build(input);
    if (json === null) continue;
    sections.push({
      kind,
      key: review.key,
      json,
      lines: review.lines(json, input),
      card: review.card(json, input),
    });
  }
  return sections;
}
