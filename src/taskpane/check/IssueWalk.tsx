/**
 * Next / Previous problem: walks the shown issues in list order, selecting
 * each one's cell in the workbook. F8 and Shift+F8 do the same from anywhere
 * in the pane while the Check tab is shown (as "next problem" in editors).
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Issue } from '../../core';
import { usePane } from '../PaneContext';
import type { IssueRow } from './issueRows';

export interface IssueWalkControls {
  readonly current: Issue | null;
  readonly position: number;
  readonly total: number;
  setCurrent(issue: Issue): void;
  step(by: 1 | -1): void;
  /** The walk's own element, so the shortcut stays off while its tab is hidden. */
  readonly anchor: React.RefObject<HTMLDivElement>;
}

export function useIssueWalk(
  rows: readonly IssueRow[],
  select: (issue: Issue) => Promise<void>,
): IssueWalkControls {
  const issues = useMemo(
    () => rows.flatMap((row) => (row.kind === 'issue' ? [row.issue] : [])),
    [rows],
  );
  const [current, setCurrent] = useState<Issue | null>(null);
  const anchor = useRef<HTMLDivElement>(null);
  const index = current === null ? -1 : issues.indexOf(current);

  const step = useCallback(
    (by: 1 | -1) => {
      if (issues.length === 0) return;
      const next =
        index < 0
          ? by === 1
            ? 0
            : issues.length - 1
          : (index + by + issues.length) % issues.length;
      const issue = issues[next]!;
      setCurrent(issue);
      void select(issue);
    },
    [issues, index, select],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8' || event.ctrlKey || event.altKey || event.metaKey) return;
      const element = anchor.current;
      if (!element || element.closest('[hidden]')) return;
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [step]);

  return { current, position: index + 1, total: issues.length, setCurrent, step, anchor };
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  position: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

export function IssueWalk({ walk }: { readonly walk: IssueWalkControls }) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <div ref={walk.anchor} className={styles.root}>
      <Button
        size="small"
        icon={<ArrowUpRegular />}
        aria-keyshortcuts="Shift+F8"
        title={t('walkHint')}
        onClick={() => walk.step(-1)}
      >
        {t('previousIssue')}
      </Button>
      <Button
        size="small"
        icon={<ArrowDownRegular />}
        aria-keyshortcuts="F8"
        title={t('walkHint')}
        onClick={() => walk.step(1)}
      >
        {t('nextIssue')}
      </Button>
      <Text size={200} role="status" className={styles.position}>
        {walk.current
          ? t('issuePosition', {
              position: walk.position,
              total: walk.total,
              sheet: walk.current.sheet,
              cell: walk.current.cell,
            })
          : t('walkHint')}
      </Text>
    </div>
  );
}
