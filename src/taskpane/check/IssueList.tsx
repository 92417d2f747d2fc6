/**
 * The issues, virtualised so that ten thousand of them scroll smoothly: only
 * the rows in view are in the DOM. Arrow keys move between issues; Enter or a
 * click selects the issue's cell in the workbook.
 */
import {
  Button,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
  useArrowNavigationGroup,
} from '@fluentui/react-components';
import { ErrorCircleFilled, WarningFilled } from '@fluentui/react-icons';
import { measureElement, useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { Issue } from '../../core';
import type { Translate } from '../messages';
import { usePane } from '../PaneContext';
import type { IssueRow } from './issueRows';

const useStyles = makeStyles({
  viewport: {
    overflowY: 'auto',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  canvas: { position: 'relative', width: '100%' },
  row: { position: 'absolute', top: 0, left: 0, width: '100%' },
  group: {
    display: 'block',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXS}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  issue: {
    width: '100%',
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    gap: tokens.spacingHorizontalS,
    borderRadius: 0,
  },
  cell: { fontWeight: tokens.fontWeightSemibold, minWidth: '3.5em' },
  current: { backgroundColor: tokens.colorSubtleBackgroundSelected },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const GROUP_HEIGHT = 32;
const ISSUE_HEIGHT = 40;

function rowKey(row: IssueRow, index: number): string {
  switch (row.kind) {
    case 'group':
      return `group:${row.sheet}:${row.severity}`;
    case 'rowGroup':
      return `row:${row.sheet}:${row.row}`;
    case 'issue':
      return `issue:${index}:${row.issue.sheet}!${row.issue.cell}:${row.issue.code}`;
  }
}

function severityWord(issue: Pick<Issue, 'severity'>, t: Translate): string {
  return t(issue.severity === 'error' ? 'severityError' : 'severityWarning');
}

export interface IssueListProps {
  readonly rows: readonly IssueRow[];
  /** The issue walked to with Next / Previous: marked, and scrolled into view. */
  readonly current: Issue | null;
  readonly onSelect: (issue: Issue) => void;
}

export function IssueList({ rows, current, onSelect }: IssueListProps) {
  const { t } = usePane();
  const styles = useStyles();
  const viewport = useRef<HTMLDivElement>(null);
  const estimateSize = (index: number) =>
    rows[index]?.kind === 'group' ? GROUP_HEIGHT : ISSUE_HEIGHT;
  const arrowNavigation = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => viewport.current,
    estimateSize,
    // A row in a hidden tab measures 0; keeping the estimate stops every row from "fitting" in view.
    measureElement: (element, entry, instance) =>
      measureElement(element, entry, instance) ||
      estimateSize(Number(element.getAttribute('data-index'))),
    getItemKey: (index) => rowKey(rows[index] as IssueRow, index),
    overscan: 8,
  });
  const currentIndex =
    current === null ? -1 : rows.findIndex((row) => row.kind === 'issue' && row.issue === current);

  useEffect(() => {
    if (currentIndex >= 0) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
  }, [currentIndex, virtualizer]);

  return (
    <div
      ref={viewport}
      className={styles.viewport}
      // As tall as its rows, up to most of the pane: three issues need no empty box below them.
      style={{ height: `min(${virtualizer.getTotalSize() + 2}px, max(240px, 70vh))` }}
      role="list"
      aria-label={t('issuesLabel')}
      {...arrowNavigation}
    >
      <div className={styles.canvas} style={{ height: `${virtualizer.getTotalSize()}px` }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              role="listitem"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              className={styles.row}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {row.kind === 'group' ? (
                <Text weight="semibold" size={200} className={styles.group}>
                  {t('groupHeading', {
                    sheet: row.sheet,
                    severity: severityWord(row, t),
                    count: row.count,
                  })}
                </Text>
              ) : row.kind === 'rowGroup' ? (
                <Text weight="semibold" size={200} className={styles.group}>
                  {t('rowHeading', { sheet: row.sheet, row: row.row, count: row.count })}
                </Text>
              ) : (
                <Button
                  appearance="subtle"
                  className={mergeClasses(
                    styles.issue,
                    item.index === currentIndex && styles.current,
                  )}
                  aria-current={item.index === currentIndex ? 'true' : undefined}
                  aria-label={t('issueLabel', {
                    severity: severityWord(row.issue, t),
                    sheet: row.issue.sheet,
                    cell: row.issue.cell,
                    message: row.issue.message,
                  })}
                  icon={
                    row.issue.severity === 'error' ? (
                      <ErrorCircleFilled className={styles.error} />
                    ) : (
                      <WarningFilled className={styles.warning} />
                    )
                  }
                  onClick={() => onSelect(row.issue)}
                >
                  <span className={styles.cell}>{row.issue.cell}</span>
                  <span>{row.issue.message}</span>
                </Button>
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
