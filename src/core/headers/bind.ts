/**
 * SPEC §4 header binding: which column holds which field, for our own sheets
 * and a team's own (other words, other order, other script, a title row
 * above). Driven by each template's declaration: its headers, synonyms,
 * range words and recognition rule, or its own binder.
 */
import type { Grid } from '../model';
import { matchKey } from '../text/normalise';
import type { Binding } from '../templates/module';
import {
  getTemplate,
  MODULES,
  templateOfTable,
  type GenericTemplate,
  type TemplateKind,
} from '../templates/registry';
import { cellText } from '../values/cell';
import { parseDayText } from '../values/dates';
import { columnContent, CONTENT_FIELDS } from './content';

export type { Binding } from '../templates/module';

/**
 * How many rows from the top a header row may sit. Title rows, a title block
 * or a small dashboard above it are skipped; the scan stays bounded so a
 * sheet that is no tracker costs at most this many rows.
 */
export const HEADER_SEARCH_ROWS = 30;

/** The pseudo-field a range header (起止时间) binds to, standing for both ends of a span. */
const RANGE_FIELD = '\u0000range';

const MINIMUM_FIELDS = 3;

interface Dictionary {
  readonly exact: ReadonlyMap<string, string>;
  readonly prefixes: readonly (readonly [string, string])[];
  /** Headers naming a field only where no column of the row names it otherwise. */
  readonly fallbacks: ReadonlyMap<string, string>;
}

function dictionaryFor(template: GenericTemplate): Dictionary {
  const exact = new Map<string, string>();
  const prefixes: [string, string][] = [];
  const fallbacks = new Map<string, string>();
  const add = (word: string, key: string): void => {
    const wordKey = matchKey(word);
    if (!exact.has(wordKey)) exact.set(wordKey, key);
  };
  for (const column of template.columns) {
    add(column.header['zh-CN'], column.key);
    add(column.header['en-US'], column.key);
  }
  for (const column of template.columns) {
    column.synonyms?.words.forEach((word) => add(word, column.key));
    column.synonyms?.prefixes?.forEach((prefix) => prefixes.push([matchKey(prefix), column.key]));
  }
  rangeSpan(template)?.rangeWords?.forEach((word) => add(word, RANGE_FIELD));
  for (const column of template.columns)
    column.synonyms?.fallbacks?.forEach((word) => {
      const wordKey = matchKey(word);
      if (!exact.has(wordKey) && !fallbacks.has(wordKey)) fallbacks.set(wordKey, column.key);
    });
  return { exact, prefixes, fallbacks };
}

function rangeSpan(template: GenericTemplate) {
  return template.spans?.find((span) => span.rangeWords !== undefined);
}

const DICTIONARIES = new WeakMap<GenericTemplate, Dictionary>();

function dictionary(template: GenericTemplate): Dictionary {
  let found = DICTIONARIES.get(template);
  if (!found) {
    found = dictionaryFor(template);
    DICTIONARIES.set(template, found);
  }
  return found;
}

/** `备注(风险/支持需求)`, `*负责人`, `截止日期:` → the words that name the field. */
const DECORATION = /\(.*?\)|\[.*?\]|【.*?】|[*:：]/g;

/**
 * Longer than any header names a field (the longest template word, with a
 * note in brackets, is under 40): a longer cell is text, never a header. A
 * public test file (POI's poc-shared-strings.xlsx) fills its cells with one
 * 1 MB shared string; folding and stripping such a cell for every candidate
 * row and template took seconds.
 */
const LONGEST_HEADER = 1000;

/** A header cell's match key; '' for an empty cell or one too long to be a header. */
function headerKey(header: unknown): string {
  const text = cellText(header);
  return text.length > LONGEST_HEADER ? '' : matchKey(text);
}

function lookUp(dictionary: Dictionary, header: unknown): string | null {
  const key = headerKey(header);
  if (key === '') return null;
  const bare = key.replace(DECORATION, '');
  const found = dictionary.exact.get(key) ?? dictionary.exact.get(bare);
  if (found !== undefined) return found;
  for (const [prefix, field] of dictionary.prefixes) if (key.startsWith(prefix)) return field;
  // `Task / Deliverable`, `负责人/执行人`: a header naming alternatives binds by its first,
  // once the whole header is no word of its own (`Start/End` is a range word). Only the
  // first: in `Data prep - project start/end` the last part is no header of the column.
  const [first, ...others] = bare.split(ALTERNATIVES);
  return others.length > 0 && first ? (dictionary.exact.get(first) ?? null) : null;
}

/** The field a header names only where no other column names it (项目名称 for a task). */
function fallbackField(dictionary: Dictionary, header: unknown): string | null {
  if (dictionary.fallbacks.size === 0) return null;
  const key = headerKey(header);
  if (key === '') return null;
  return (
    dictionary.fallbacks.get(key) ?? dictionary.fallbacks.get(key.replace(DECORATION, '')) ?? null
  );
}

/** What separates alternatives in one header: `/` (full-width folded), `、`, `|`. */
const ALTERNATIVES = /[/、|]/;

/** The field a header names in a template, or null (a range header is not a field). */
export function fieldForHeader(kind: TemplateKind, header: unknown): string | null {
  const field = lookUp(dictionary(getTemplate(kind)), header);
  return field === RANGE_FIELD ? null : field;
}

export function bindRow(
  kind: TemplateKind,
  row: readonly unknown[],
  headerRowIndex: number,
): Binding {
  return bindRowAs(getTemplate(kind), row, headerRowIndex);
}

const AMBIGUOUS = new WeakMap<GenericTemplate, ReadonlyMap<string, string | null>>();

/** A template's headers that fit several fields, by match key. */
function ambiguousWords(template: GenericTemplate): ReadonlyMap<string, string | null> {
  let words = AMBIGUOUS.get(template);
  if (!words) {
    const entries = Object.entries(template.recognition?.byContent ?? {});
    words = new Map(entries.map(([word, field]) => [matchKey(word), field]));
    AMBIGUOUS.set(template, words);
  }
  return words;
}

/** The usual field of a header that fits several (null: none); undefined when it fits one. */
function usualField(template: GenericTemplate, header: unknown): string | null | undefined {
  const words = ambiguousWords(template);
  if (words.size === 0) return undefined;
  const key = headerKey(header);
  return key === '' ? undefined : (words.get(key) ?? words.get(key.replace(DECORATION, '')));
}

interface RowBinding {
  readonly binding: Binding;
  /** Columns whose header fits several fields: their values decide. */
  readonly ambiguous: readonly number[];
  /** Fields bound by a fallback header (项目名称 for the task), not by a word of their own. */
  readonly fallbacks: number;
}

function bindRowWith(
  template: GenericTemplate,
  row: readonly unknown[],
  headerRowIndex: number,
): RowBinding {
  const words = dictionary(template);
  const columns = new Map<string, number>();
  const ambiguous: number[] = [];
  row.forEach((header, index) => {
    const usual = usualField(template, header);
    if (usual !== undefined) ambiguous.push(index);
    const field = usual === undefined ? lookUp(words, header) : usual;
    if (field !== null && !columns.has(field)) columns.set(field, index);
  });
  let fallbacks = 0;
  row.forEach((header, index) => {
    const field = fallbackField(words, header);
    if (field !== null && !columns.has(field) && ![...columns.values()].includes(index)) {
      columns.set(field, index);
      fallbacks += 1;
    }
  });
  const rangeColumn = columns.get(RANGE_FIELD) ?? null;
  columns.delete(RANGE_FIELD);
  return {
    binding: { kind: template.kind, headerRowIndex, columns, rangeColumn },
    ambiguous,
    fallbacks,
  };
}

function bindRowAs(
  template: GenericTemplate,
  row: readonly unknown[],
  headerRowIndex: number,
): Binding {
  return bindRowWith(template, row, headerRowIndex).binding;
}

function* columnValues(grid: Grid, binding: Binding, column: number): Generator<unknown> {
  for (let index = binding.headerRowIndex + 1; index < grid.cells.length; index += 1) {
    const row = grid.cells[index];
    if (Array.isArray(row)) yield row[column];
  }
}

/**
 * SPEC §13: an ambiguous column takes the field its values say, unless a
 * column whose header names that field already has it; otherwise it keeps
 * its usual field.
 */
function bindByContent(grid: Grid, found: Candidate): Binding {
  const { binding, ambiguous } = found;
  if (ambiguous.length === 0) return binding;
  const columns = new Map(binding.columns);
  for (const column of ambiguous) {
    const content = columnContent(columnValues(grid, binding, column));
    if (content === null) continue;
    const field = CONTENT_FIELDS[content];
    const holder = columns.get(field);
    if (holder !== undefined && holder !== column) continue;
    for (const [key, at] of columns) if (at === column) columns.delete(key);
    columns.set(field, column);
  }
  return { ...binding, columns };
}

/** Fields a binding gives, counting a range column as both ends of its span. */
function boundFields(template: GenericTemplate, binding: Binding): Set<string> {
  const fields = new Set(binding.columns.keys());
  const span = rangeSpan(template);
  if (binding.rangeColumn !== null && span) {
    fields.add(span.start);
    fields.add(span.end);
  }
  for (const column of binding.dynamic ?? []) fields.add(`\u0000${column.column}`);
  return fields;
}

function recognised(template: GenericTemplate, binding: Binding): boolean {
  const rule = template.recognition;
  if (!rule) return false;
  const fields = boundFields(template, binding);
  return (
    fields.size >= (rule.minFields ?? MINIMUM_FIELDS) &&
    rule.required.every((field) => fields.has(field))
  );
}

/**
 * The header row: the first of the first ten rows that binds a template. When
 * a row fits two kinds, the one binding more fields wins (the earlier in the
 * registry on a tie). One of our tables is bound as the kind its name says,
 * or, if its headers no longer fit that, as whatever they do fit.
 */
export function bindGrid(
  grid: Grid,
  templates: readonly GenericTemplate[] = MODULES,
): Binding | null {
  const ours = templateOfTable(grid.tableName, templates);
  return (ours ? bindAs(grid, [ours]) : null) ?? bindAs(grid, templates);
}

interface Candidate extends RowBinding {
  /**
   * How well the row fits: its bound fields, a fallback-bound one counting
   * half, so a kind whose own words name the row (a meeting action's 内容)
   * beats one that needs a fallback (the tracker's 项目) to fit it.
   */
  readonly fields: number;
}

function bestBinding(
  templates: readonly GenericTemplate[],
  row: readonly unknown[],
  index: number,
): Candidate | null {
  let best: Candidate | null = null;
  for (const template of templates) {
    if (!template.recognition) continue;
    const { binding, ambiguous, fallbacks } = bindRowWith(template, row, index);
    const fields = boundFields(template, binding).size - fallbacks / 2;
    if (recognised(template, binding) && (!best || fields > best.fields))
      best = { binding, ambiguous, fallbacks, fields };
  }
  return best;
}

/** A row of headers holds words, never the dates and numbers of a data row. */
function holdsData(row: readonly unknown[]): boolean {
  return row.some(
    (value) =>
      typeof value === 'number' ||
      value instanceof Date ||
      (typeof value === 'string' && parseDayText(value) !== null),
  );
}

/**
 * SPEC §13 two header rows: a group row (基本信息, 计划时间 over 开始 · 结束)
 * above the field row. Each column's header is the field row's word, or the
 * group row's where the field row is blank (a header merged down both rows).
 */
function twoRowHeader(group: readonly unknown[], fields: readonly unknown[]): unknown[] {
  const width = Math.max(group.length, fields.length);
  const combined: unknown[] = [];
  for (let column = 0; column < width; column += 1) {
    const field = fields[column];
    combined.push(cellText(field) === '' ? group[column] : field);
  }
  return combined;
}

function bindTwoRows(
  grid: Grid,
  templates: readonly GenericTemplate[],
  index: number,
  single: Candidate | null,
): Candidate | null {
  const group = grid.cells[index];
  const fields = grid.cells[index + 1];
  if (!Array.isArray(group) || !Array.isArray(fields) || holdsData(fields)) return null;
  const own = templates.map((template) => bindRowAs(template, fields, index + 1).columns.size);
  if (Math.max(...own) < 2) return null;
  const pair = bestBinding(templates, twoRowHeader(group, fields), index + 1);
  if (!pair) return null;
  return !single || pair.fields >= single.fields ? pair : null;
}

function bindByHeaders(grid: Grid, templates: readonly GenericTemplate[]): Binding | null {
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.cells.length);
  for (let index = 0; index < rows; index += 1) {
    const row = grid.cells[index];
    if (!Array.isArray(row)) continue;
    const single = bestBinding(templates, row, index);
    const pair = index + 1 < rows ? bindTwoRows(grid, templates, index, single) : null;
    const found = pair ?? single;
    if (found) return bindByContent(grid, found);
  }
  return null;
}

/**
 * Headers first; a template recognised by its content (a custom binder)
 * competes on the rows down to the header found, and wins when its header
 * row is higher.
 */
function bindAs(grid: Grid, templates: readonly GenericTemplate[]): Binding | null {
  const byHeaders = bindByHeaders(grid, templates);
  let best = byHeaders;
  for (const template of templates) {
    const limit = best ? best.headerRowIndex : Math.min(HEADER_SEARCH_ROWS, grid.cells.length);
    const found = template.binder?.(grid, limit);
    if (found && (!best || found.headerRowIndex < best.headerRowIndex))
      best = { ...found, kind: template.kind };
  }
  return best;
}
