/**
 * SPEC §4 header binding: which column holds which field, for our own sheets
 * and a team's own (other words, other order, other script, a title row above).
 */
import type { Grid, TemplateKind } from '../model';
import { matchKey } from '../text/normalise';
import { getTemplate } from '../templates/registry';
import { cellText } from '../values/cell';
import { parseDayText } from '../values/dates';
import { FIELD_WORDS, RANGE_FIELD, type FieldWords } from './synonyms';

/**
 * How many rows from the top a header row may sit. Title rows, a title block
 * or a small dashboard above it are skipped; the scan stays bounded so a
 * sheet that is no tracker costs at most this many rows.
 */
export const HEADER_SEARCH_ROWS = 30;

export interface Binding {
  readonly kind: TemplateKind;
  /** Index into `grid.cells`. */
  readonly headerRowIndex: number;
  /** Field key → index into the row. The first column with a field's header wins. */
  readonly columns: ReadonlyMap<string, number>;
  /** A 起止时间-style column feeding both start and due, when those have no own column. */
  readonly rangeColumn: number | null;
}

interface Dictionary {
  readonly exact: ReadonlyMap<string, string>;
  readonly prefixes: readonly (readonly [string, string])[];
}

function dictionaryFor(kind: TemplateKind): Dictionary {
  const exact = new Map<string, string>();
  const prefixes: [string, string][] = [];
  const add = (word: string, key: string): void => {
    const wordKey = matchKey(word);
    if (!exact.has(wordKey)) exact.set(wordKey, key);
  };
  for (const column of getTemplate(kind).columns) {
    add(column.header['zh-CN'], column.key);
    add(column.header['en-US'], column.key);
  }
  FIELD_WORDS[kind].forEach((field: FieldWords) => {
    field.words.forEach((word) => add(word, field.key));
    field.prefixes?.forEach((prefix) => prefixes.push([matchKey(prefix), field.key]));
  });
  return { exact, prefixes };
}

const DICTIONARIES: Readonly<Record<TemplateKind, Dictionary>> = {
  tracker: dictionaryFor('tracker'),
  collab: dictionaryFor('collab'),
  review: dictionaryFor('review'),
};

/** `备注(风险/支持需求)`, `*负责人`, `截止日期:` → the words that name the field. */
const DECORATION = /\(.*?\)|\[.*?\]|【.*?】|[*:：]/g;

export function fieldForHeader(kind: TemplateKind, header: unknown): string | null {
  const key = matchKey(cellText(header));
  if (key === '') return null;
  const { exact, prefixes } = DICTIONARIES[kind];
  const found = exact.get(key) ?? exact.get(key.replace(DECORATION, ''));
  if (found !== undefined) return found;
  for (const [prefix, field] of prefixes) if (key.startsWith(prefix)) return field;
  return null;
}

export function bindRow(
  kind: TemplateKind,
  row: readonly unknown[],
  headerRowIndex: number,
): Binding {
  const columns = new Map<string, number>();
  row.forEach((header, index) => {
    const field = fieldForHeader(kind, header);
    if (field !== null && !columns.has(field)) columns.set(field, index);
  });
  const rangeColumn = columns.get(RANGE_FIELD) ?? null;
  columns.delete(RANGE_FIELD);
  return { kind, headerRowIndex, columns, rangeColumn };
}

/** Fields a binding gives, counting a range column as start and due. */
function boundFields(binding: Binding): Set<string> {
  const fields = new Set(binding.columns.keys());
  if (binding.rangeColumn !== null) {
    fields.add('start');
    fields.add('due');
  }
  return fields;
}

const REQUIRED: Readonly<Record<TemplateKind, readonly string[]>> = {
  tracker: ['name', 'due'],
  collab: ['topic', 'deadline'],
  review: ['period', 'completionRate'],
};

const MINIMUM_FIELDS = 3;

function recognised(binding: Binding): boolean {
  const fields = boundFields(binding);
  return (
    fields.size >= MINIMUM_FIELDS && REQUIRED[binding.kind].every((field) => fields.has(field))
  );
}

const TABLE_KIND = /^Ops(Tasks|Collab|Review)\d*$/i;

/** The template kind our table name says, if the grid is one of our tables. */
export function kindOfTable(tableName: string | undefined): TemplateKind | null {
  const match = tableName === undefined ? null : TABLE_KIND.exec(tableName);
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  return word === 'tasks' ? 'tracker' : word === 'collab' ? 'collab' : 'review';
}

const KINDS: readonly TemplateKind[] = ['review', 'tracker', 'collab'];

/**
 * The header row: the first of the first ten rows that binds a template. When
 * a row fits two kinds, the one binding more fields wins. One of our tables is
 * bound as the kind its name says, or, if its headers no longer fit that, as
 * whatever they do fit.
 */
export function bindGrid(grid: Grid): Binding | null {
  const ours = kindOfTable(grid.tableName);
  return (ours ? bindAs(grid, [ours]) : null) ?? bindAs(grid, KINDS);
}

function bestBinding(
  kinds: readonly TemplateKind[],
  row: readonly unknown[],
  index: number,
): Binding | null {
  let best: Binding | null = null;
  for (const kind of kinds) {
    const binding = bindRow(kind, row, index);
    if (recognised(binding) && (!best || boundFields(binding).size > boundFields(best).size))
      best = binding;
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
  kinds: readonly TemplateKind[],
  index: number,
  single: Binding | null,
): Binding | null {
  const group = grid.cells[index];
  const fields = grid.cells[index + 1];
  if (!Array.isArray(group) || !Array.isArray(fields) || holdsData(fields)) return null;
  const own = kinds.map((kind) => bindRow(kind, fields, index + 1).columns.size);
  if (Math.max(...own) < 2) return null;
  const pair = bestBinding(kinds, twoRowHeader(group, fields), index + 1);
  if (!pair) return null;
  return !single || boundFields(pair).size >= boundFields(single).size ? pair : null;
}

function bindAs(grid: Grid, kinds: readonly TemplateKind[]): Binding | null {
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.cells.length);
  for (let index = 0; index < rows; index += 1) {
    const row = grid.cells[index];
    if (!Array.isArray(row)) continue;
    const single = bestBinding(kinds, row, index);
    const pair = index + 1 < rows ? bindTwoRows(grid, kinds, index, single) : null;
    if (pair || single) return pair ?? single;
  }
  return null;
}
