/**
 * The rows the virtualised issue list shows: issues filtered by severity,
 * type and text, grouped by sheet (in the order Check found them) and then
 * either by severity (errors first) or by row (a row's problems together),
 * each group led by a heading row.
 */
import type { Issue, IssueCode, Severity } from '../../core';

export type IssueGrouping = 'severity' | 'row';

export interface IssueFilter {
  readonly severities: ReadonlySet<Severity>;
  /** One issue type, or null for every type. */
  readonly code: IssueCode | null;
  /** Matched case-insensitively against sheet, cell, field and message. */
  readonly text: string;
  readonly grouping: IssueGrouping;
}

export type IssueRow =
  | {
      readonly kind: 'group';
      readonly sheet: string;
      readonly severity: Severity;
      readonly count: number;
    }
  | {
      readonly kind: 'rowGroup';
      readonly sheet: string;
      readonly row: number;
      readonly count: number;
    }
  | { readonly kind: 'issue'; readonly issue: Issue };

const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning'];

function matchesText(issue: Issue, needle: string): boolean {
  if (needle === '') return true;
  return [issue.sheet, issue.cell, issue.field, issue.message].some((part) =>
    part.toLocaleLowerCase().includes(needle),
  );
}

function bySheet(issues: readonly Issue[], filter: IssueFilter): Map<string, Issue[]> {
  const needle = filter.text.trim().toLocaleLowerCase();
  const sheets = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (!filter.severities.has(issue.severity)) continue;
    if (filter.code !== null && issue.code !== filter.code) continue;
    if (!matchesText(issue, needle)) continue;
    const members = sheets.get(issue.sheet) ?? [];
    members.push(issue);
    sheets.set(issue.sheet, members);
  }
  return sheets;
}

export function issueRows(issues: readonly Issue[], filter: IssueFilter): IssueRow[] {
  const rows: IssueRow[] = [];
  for (const [sheet, members] of bySheet(issues, filter)) {
    if (filter.grouping === 'row') {
      const byRow = new Map<number, Issue[]>();
      for (const issue of members) byRow.set(issue.row, [...(byRow.get(issue.row) ?? []), issue]);
      for (const [row, ofRow] of [...byRow].sort(([a], [b]) => a - b)) {
        rows.push({ kind: 'rowGroup', sheet, row, count: ofRow.length });
        for (const issue of ofRow) rows.push({ kind: 'issue', issue });
      }
      continue;
    }
    for (const severity of SEVERITY_ORDER) {
      const ofSeverity = members.filter((issue) => issue.severity === severity);
      if (ofSeverity.length === 0) continue;
      rows.push({ kind: 'group', sheet, severity, count: ofSeverity.length });
      for (const issue of ofSeverity) rows.push({ kind: 'issue', issue });
    }
  }
  return rows;
}

export function countShown(rows: readonly IssueRow[]): number {
  return rows.reduce((total, row) => total + (row.kind === 'issue' ? 1 : 0), 0);
}

/** How many issues of each type, most frequent first (ties in the order Check found them). */
export function countsByType(
  issues: readonly Issue[],
): readonly { readonly code: IssueCode; readonly count: number }[] {
  const counts = new Map<IssueCode, number>();
  for (const issue of issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  return [...counts].map(([code, count]) => ({ code, count })).sort((a, b) => b.count - a.count);
}
