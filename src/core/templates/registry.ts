/**
 * Every template, listed once. A new template is a new folder and one line in
 * `TEMPLATES`; kinds, table names, table recognition, the gallery and the
 * CLI's kinds all derive from this list.
 */
import {
  GALLERY_GROUPS,
  type GalleryGroup,
  type IssueCodesOf,
  type RecordBase,
  type RecordOf,
  type TemplateModule,
} from './module';
import { CALENDAR } from './calendar';
import { COLLAB } from './collab';
import { REVIEW } from './review';
import { TRACKER } from './tracker';
import { NOTICES } from './notices';
import { ACTIONS } from './actions';
import { MILESTONES } from './milestones';
import { CUSTOMERS } from './customers';
import { APPROVALS } from './approvals';
import { TRAINING } from './training';
import { RISKS } from './risks';
import { KPIS } from './kpis';
import { RACI } from './raci';

/** In gallery and insert-all order. When a header row fits two kinds equally, the earlier wins. */
export const TEMPLATES = [
  TRACKER,
  COLLAB,
  REVIEW,
  CALENDAR,
  NOTICES,
  ACTIONS,
  MILESTONES,
  CUSTOMERS,
  APPROVALS,
  TRAINING,
  RACI,
  KPIS,
  RISKS,
] as const;

export type AnyTemplate = (typeof TEMPLATES)[number];
/** A template as generic code (readers, planners, screens) sees it: any kind, any codes, any record. */
export type GenericTemplate = TemplateModule<string, string, RecordBase>;
/** The registry, widened for generic code. */
export const MODULES: readonly GenericTemplate[] = TEMPLATES;
export type TemplateKind = AnyTemplate['kind'];
export type TemplateOf<K extends TemplateKind> = Extract<AnyTemplate, { readonly kind: K }>;
/** The record each kind reads (never for a kind that is recognised but not read). */
export type RecordOfKind<K extends TemplateKind> = RecordOf<TemplateOf<K>>;
/** Issue codes the templates declare beyond the core's. */
export type TemplateIssueCode = IssueCodesOf<AnyTemplate>;

export const TEMPLATE_KINDS: readonly TemplateKind[] = TEMPLATES.map((template) => template.kind);

const BY_KIND = new Map<string, AnyTemplate>(
  TEMPLATES.map((template) => [template.kind, template]),
);

export function getTemplate<K extends TemplateKind>(kind: K): TemplateOf<K> {
  return BY_KIND.get(kind) as TemplateOf<K>;
}

export function isTemplateKind(word: string): word is TemplateKind {
  return BY_KIND.has(word);
}

/** Stable table names by kind (`OpsTasks`…). */
export const TABLE_NAMES = Object.fromEntries(
  TEMPLATES.map((template) => [template.kind, template.tableName]),
) as Readonly<Record<TemplateKind, string>>;

/**
 * The one rule for our table names: a template's name, then the digits a
 * second insert adds (`OpsTasks`, `OpsTasks2`), compared case-insensitively as
 * Excel compares names.
 */
export function isTableOf(tableName: string, template: { readonly tableName: string }): boolean {
  const name = tableName.toLowerCase();
  const own = template.tableName.toLowerCase();
  return name.startsWith(own) && /^\d*$/.test(name.slice(own.length));
}

/** The template whose table this is, among `templates` (default: every registered one). */
export function templateOfTable(
  tableName: string | undefined,
  templates: readonly GenericTemplate[] = MODULES,
): GenericTemplate | null {
  if (tableName === undefined) return null;
  return templates.find((template) => isTableOf(tableName, template)) ?? null;
}

/** The kind our table name says, or null for any other name (and for undefined). */
export function kindOfTableName(tableName: string | undefined): TemplateKind | null {
  if (tableName === undefined) return null;
  return TEMPLATES.find((template) => isTableOf(tableName, template))?.kind ?? null;
}

/** True when the table is one of `kind`'s (`OpsReview`, `OpsReview2`…). */
export function isTableOfKind(tableName: string, kind: TemplateKind): boolean {
  return isTableOf(tableName, getTemplate(kind));
}

export function isOurTableName(tableName: string): boolean {
  return kindOfTableName(tableName) !== null;
}

/** The pane's gallery: each group with its templates, in SPEC §9's order; empty groups left out. */
export function galleryGroups(): readonly {
  readonly group: GalleryGroup;
  readonly templates: readonly AnyTemplate[];
}[] {
  return GALLERY_GROUPS.map((group) => ({
    group,
    templates: TEMPLATES.filter((template) => template.group === group),
  })).filter((entry) => entry.templates.length > 0);
}

/** What `template <kind>` accepts: every kind, `daily` (the daily-operations group) and `all`. */
export type TemplateChoice = TemplateKind | 'daily' | 'all';
export const TEMPLATE_CHOICES: readonly TemplateChoice[] = [...TEMPLATE_KINDS, 'daily', 'all'];

export function kindsOfChoice(choice: TemplateChoice): readonly TemplateKind[] {
  if (choice === 'all') return TEMPLATE_KINDS;
  if (choice === 'daily')
    return TEMPLATES.filter((template) => template.group === 'daily').map((t) => t.kind);
  return [choice];
}
