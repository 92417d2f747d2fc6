/**
 * The template-module contract (SPEC §9): everything one template is, declared
 * once in its folder `src/core/templates/<kind>/` and listed in `registry.ts`.
 * Insert, Check, highlighting, the review, the pane's gallery and the CLI's
 * `template <kind>` are all driven from these declarations; nothing outside
 * the folder names a kind. Modelled on HyperFormula's function plugins: static
 * metadata plus a few hooks for what is truly particular to the template.
 */
import type { EngineOptions } from '../engine';
import type { Catalog, Locale } from '../i18n';
import type { Localized } from '../model';
import type { ConditionalFormatRule } from '../plan';
import type { ColumnDecl, SpanDecl } from './columnDecl';
import type { HighlightContext, RowFacts } from './highlight';
import type { InsertContent, InsertContext, SampleRow } from './insert';
import type { Reading, RecordBase } from './reading';
import type { CustomBinder, Recognition } from './recognition';
import type { ReviewSection } from './reviewSection';

// The contract's parts live in their own files; templates and readers import them from here.
export type * from './columnDecl';
export type * from './highlight';
export type * from './insert';
export type * from './reading';
export type * from './recognition';
export type * from './reviewSection';
export { rowItem } from './reviewSection';

/** SPEC §9: the pane's gallery groups, in the order the gallery shows them. */
export const GALLERY_GROUPS = [
  'daily',
  'meetings',
  'projects',
  'customers',
  'approvals',
  'training',
  'kpisRisks',
] as const;
export type GalleryGroup = (typeof GALLERY_GROUPS)[number];

/**
 * One template. `K` is its kind (a literal), `C` its own issue codes, `R` its
 * record. Declare it with `defineTemplate` so the literals are kept.
 */
export interface TemplateModule<
  K extends string = string,
  C extends string = string,
  R extends RecordBase = RecordBase,
> {
  readonly kind: K;
  /** Stable table name (`OpsTasks`); a second insert gets `OpsTasks2`. */
  readonly tableName: string;
  readonly sheetName: Localized;
  /** Short purpose line for the gallery. */
  readonly purpose: Localized;
  readonly group: GalleryGroup;
  /** ID prefix of new rows (`OP`), when rows have IDs. */
  readonly idPrefix?: string;
  readonly columns: readonly ColumnDecl<C>[];
  readonly spans?: readonly SpanDecl<C>[];
  /** Header recognition; absent means recognised only by a custom binder or never. */
  readonly recognition?: Recognition;
  readonly binder?: CustomBinder;
  /** Absent for sheets that are recognised but not checked (the review). */
  readonly reading?: Reading<R, C>;
  facts?(record: R, options: EngineOptions): RowFacts;
  highlights?(context: HighlightContext): readonly ConditionalFormatRule[];
  /** This template's own issue codes and their messages (the keys are the codes). */
  readonly issues?: Catalog<C>;
  /** Rows for "insert with the handbook example", per sheet language. */
  readonly sample?: Readonly<Record<Locale, readonly SampleRow[]>>;
  /** Content every insert writes (the work calendar: the package's days, its index and names). */
  insert?(context: InsertContext): InsertContent;
  readonly review?: ReviewSection<R>;
}

/** Keeps the kind and issue-code literals of a module (the registry derives its types from them). */
export function defineTemplate<K extends string, C extends string, R extends RecordBase>(
  module: TemplateModule<K, C, R>,
): TemplateModule<K, C, R> {
  return module;
}

/** The issue codes a module declares. */
export type IssueCodesOf<M> = M extends TemplateModule<string, infer C, RecordBase> ? C : never;

/** The record type a module reads. */
export type RecordOf<M> = M extends TemplateModule<string, string, infer R> ? R : never;
