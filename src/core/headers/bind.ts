/**
 * SPEC §4 header binding: which column holds which field, for our own sheets
 * and a team's own (other words, other order, other script, a title row above).
 */
import type { Grid, TemplateKind } from '../model';
import { matchKey } from '../text/normalise';
import { getTemplate } from '../templates/registry';
import { cellText } from '../values/cell';
import { FIELD_WORDS, RANGE_FIELD, type FieldWords } from './synonyms';

/** How many rows from the top a header row may sit (title rows above it are skipped). */
export const HEADER_SEARCH_ROWS = 10;

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

function bindAs(grid: Grid, kinds: readonly TemplateKind[]): Binding | null {
  const rows = Math.min(HEADER_SEARCH_ROWS, grid.cells.length);
  for (let index = 0; index < rows; index += 1) {
    const row = grid.cells[index];
    if (!Array.isArray(row)) continue;
    let best: Binding | null = null;
    for (const kind of kinds) {
      const binding = bindRow(kind, row, index);
      if (recognised(binding) && (!best || boundFields(binding).size > boundFields(best).size))
        best = binding;
    }
    if (best) return best;
  }
  return null;
}
