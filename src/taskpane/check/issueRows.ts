/**
 * The rows the virtualised issue list shows: issues filtered by severity and
 * text, grouped by sheet (in the order Check found them) and severity (errors
 * first), each group led by a heading row.
 */
import type { Issue, Severity } from '../../core';

export interface IssueFilter {
  readonly severities: ReadonlySet<Severity>;
  /** Matched case-insensitively against sheet, cell, field and message. */
  readonly text: string;
}

export type IssueRow =
  | {
      readonly kind: 'group';
      readonly sheet: string;
      readonly severity: Severity;
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

export function issueRows(issues: readonly Issue[], filter: IssueFilter): IssueRow[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  const bySheet = new Map<string, Record<Severity, Issue[]>>();
  for (const issue of issues) {
    if (!filter.severities.has(issue.severity) || !matchesText(issue, needle)) continue;
    let groups = bySheet.get(issue.sheet);
    if (!groups) {
      groups = { error: [], warning: [] };
      bySheet.set(issue.sheet, groups);
    }
    groups[issue.severity].push(issue);
  }
  const rows: IssueRow[] = [];
  for (const [sheet, groups] of bySheet) {
    for (const severity of SEVERITY_ORDER) {
      const members = groups[severity];
      if (members.length === 0) continue;
      rows.push({ kind: 'group', sheet, severity, count: members.length });
      for (const issue of members) rows.push({ kind: 'issue', issue });
    }
  }
  return rows;
}

export function countShown(rows: readonly IssueRow[]): number {
  return rows.reduce((total, row) => total + (row.kind === 'issue' ? 1 : 0), 0);
}
