/** Check: one button, a summary, and the issues to walk through cell by cell. */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircleRegular,
  ClipboardTaskListLtrRegular,
  WrenchRegular,
} from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { CheckResult } from '../../core';
import { FailureBar } from '../components/FailureBar';
import { OperationStatus } from '../components/OperationStatus';
import { StaleNotice } from '../components/StaleNotice';
import { useCheck, type CheckControls } from '../hooks/useCheck';
import { useFix } from '../hooks/useFix';
import { useFocusReturn } from '../hooks/useFocusReturn';
import { useStale } from '../hooks/useStale';
import { usePane } from '../PaneContext';
import { CheckSummary } from './CheckSummary';
import { FixPanel } from './FixPanel';
import { IssueFilters } from './IssueFilters';
import { IssueList } from './IssueList';
import { countShown, issueRows, type IssueFilter } from './issueRows';
import { IssueWalk, useIssueWalk } from './IssueWalk';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  clean: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorPaletteGreenForeground1,
  },
});

const EVERY_ISSUE: IssueFilter = {
  severities: new Set(['error', 'warning']),
  code: null,
  text: '',
  grouping: 'severity',
};

interface IssuesSectionProps {
  readonly result: CheckResult;
  readonly controls: CheckControls;
}

function IssuesSection({ result, controls }: IssuesSectionProps) {
  const { t } = usePane();
  const styles = useStyles();
  const [filter, setFilter] = useState<IssueFilter>(EVERY_ISSUE);
  const rows = useMemo(() => issueRows(result.issues, filter), [result.issues, filter]);
  const walk = useIssueWalk(rows, controls.selectIssue);

  if (result.issues.length === 0) {
    return (
      <Text as="p" className={styles.clean}>
        <CheckmarkCircleRegular aria-hidden />
        {t('noIssues')}
      </Text>
    );
  }
  const shown = countShown(rows);
  return (
    <>
      <IssueFilters
        filter={filter}
        issues={result.issues}
        errors={result.errors}
        warnings={result.warnings}
        onChange={setFilter}
      />
      {controls.selectFailure !== null && (
        <FailureBar
          error={controls.selectFailure}
          onDismiss={controls.dismissSelectFailure}
          onRetry={() => void controls.retrySelect()}
        />
      )}
      <Text size={200} role="status">
        {shown === 0
          ? t('noIssuesMatch')
          : t('issuesShown', { shown, total: result.issues.length })}
      </Text>
      {shown > 0 && (
        <>
          <IssueWalk walk={walk} />
          <IssueList
            rows={rows}
            current={walk.current}
            onSelect={(issue) => {
              walk.setCurrent(issue);
              void controls.selectIssue(issue);
            }}
          />
        </>
      )}
    </>
  );
}

export function CheckTab() {
  const { t } = usePane();
  const styles = useStyles();
  const controls = useCheck();
  const { operation } = controls;
  const result = operation.lastResult;
  // After a fix the issues shown are out of date: check again, so the list matches the sheet.
  const fix = useFix(() => void controls.check());
  const fixing = fix.state.phase === 'previewing' || fix.state.phase === 'applying';
  const busy = operation.state.status === 'running' || fixing;
  const stale = useStale(result);
  // The stale notice goes away once its button is pressed: focus comes back to Check.
  const focusReturn = useFocusReturn(busy);
  return (
    <div className={styles.root}>
      <Text as="p">{t('checkIntro')}</Text>
      <div className={styles.actions}>
        <Button
          ref={focusReturn.target}
          appearance="primary"
          icon={<ClipboardTaskListLtrRegular />}
          disabled={busy}
          onClick={() => void controls.check()}
        >
          {t('runCheck')}
        </Button>
        <Button icon={<WrenchRegular />} disabled={busy} onClick={() => void fix.preview()}>
          {t('runFix')}
        </Button>
      </div>
      <FixPanel controls={fix} />
      <OperationStatus operation={operation} />
      {stale && !busy && (
        <StaleNotice
          action={t('staleRecheck')}
          onRefresh={() => {
            focusReturn.returnAfterRun();
            void controls.check();
          }}
        />
      )}
      {result && (
        <>
          <CheckSummary result={result} />
          <IssuesSection result={result} controls={controls} />
        </>
      )}
    </div>
  );
}
