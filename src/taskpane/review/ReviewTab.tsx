/** Review: pick a month, recalculate, and read the month's figures. */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { formatCompletion, type RowLocation } from '../../core';
import { FailureBar } from '../components/FailureBar';
import { Figures } from '../components/Figures';
import { OperationStatus } from '../components/OperationStatus';
import { StaleNotice } from '../components/StaleNotice';
import { Unbroken } from '../components/Unbroken';
import { useFocusReturn } from '../hooks/useFocusReturn';
import { useGoToRow } from '../hooks/useGoToRow';
import { isNothingDue, useReview, type ReviewResult } from '../hooks/useReview';
import { useStale } from '../hooks/useStale';
import { usePane } from '../PaneContext';
import { NothingDueQuestion } from './NothingDueQuestion';
import { SectionCard } from './SectionCard';
import { DepartmentTable } from './DepartmentTable';
import { ShareReview } from '../share/ShareReview';
import { MonthPicker, monthName } from './MonthPicker';
import { CollaborationProblems, DelayedTasks } from './DelayedTasks';
import { CombineWorkbooks } from './CombineWorkbooks';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  controls: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  note: { color: tokens.colorNeutralForeground3 },
  scope: { display: 'block', marginBottom: `calc(-1 * ${tokens.spacingVerticalS})` },
});

function MonthReview({
  outcome,
  onGo,
}: {
  readonly outcome: ReviewResult;
  readonly onGo: (at: RowLocation) => void;
}) {
  const { locale, t } = usePane();
  const styles = useStyles();
  const { model } = outcome;
  return (
    <>
      <Text size={200} weight="semibold" className={styles.scope}>
        {t('monthScopeLabel', { month: monthName(model.month, locale) })}
      </Text>
      <Figures
        label={t('figuresLabel', { month: model.month })}
        items={[
          { label: t('figureCompletion'), value: formatCompletion(model.completed, model.scope) },
          {
            label: t('figureDelayed'),
            value: model.delayed.length,
            tone: model.delayed.length > 0 ? 'warning' : undefined,
          },
        ]}
      />
      {/* Overdue and unassigned cover every task sheet as of today, not the month (SPEC §12). */}
      <Text size={200} weight="semibold" className={styles.scope}>
        <Unbroken text={t('workbookFiguresLabel', { today: model.today })} />
      </Text>
      <Figures
        label={t('workbookFiguresLabel', { today: model.today })}
        items={[
          {
            label: t('figureOverdue'),
            value: model.overdue.length,
            tone: model.overdue.length > 0 ? 'error' : undefined,
          },
          {
            label: t('figureUnassigned'),
            value: model.unassigned.length,
            tone: model.unassigned.length > 0 ? 'warning' : undefined,
          },
        ]}
      />
      <Text size={200} className={styles.note}>
        <Unbroken
          text={
            isNothingDue(outcome)
              ? t('nothingDueNotWritten', { month: monthName(model.month, locale) })
              : t('writtenTo', { sheet: outcome.sheetName, address: outcome.rowAddress }) +
                (outcome.chartDrawn ? '' : ` ${t('chartNotDrawn')}`)
          }
        />
      </Text>
      <DelayedTasks
        month={model.month}
        tasks={model.delayed}
        rows={model.locations?.delayed}
        onGo={onGo}
      />
      <CollaborationProblems
        month={model.month}
        problems={model.collaborationProblems}
        rows={model.locations?.collaborationProblems}
        onGo={onGo}
      />
      <DepartmentTable departments={model.byDepartment} />
      {/* Only the kinds the workbook holds have a section (SPEC §11.10). */}
      {outcome.sections.map((section) => (
        <SectionCard key={section.key} card={section.card} onGo={onGo} />
      ))}
      <ShareReview model={model} />
    </>
  );
}

export function ReviewTab() {
  const { t } = usePane();
  const styles = useStyles();
  const { operation, month, chooseMonth, recalculate, writeAnyway } = useReview();
  const goToRow = useGoToRow();
  const stale = useStale(operation.lastResult);
  const [declined, setDeclined] = useState<ReviewResult | null>(null);
  const { state } = operation;
  // The question and the stale notice go away once answered: focus comes back here.
  const focusReturn = useFocusReturn(state.status === 'running');
  const recalculateButton = focusReturn.target;
  const asking =
    state.status === 'done' && isNothingDue(state.result) && declined !== state.result
      ? state.result
      : null;
  return (
    <div className={styles.root}>
      <Text as="p">{t('reviewIntro')}</Text>
      <div className={styles.controls}>
        <MonthPicker month={month} onChange={chooseMonth} />
        <Button
          ref={recalculateButton}
          appearance="primary"
          icon={<ArrowSyncRegular />}
          disabled={operation.state.status === 'running'}
          onClick={() => void recalculate()}
        >
          {t('recalculate')}
        </Button>
      </div>
      <OperationStatus operation={operation} />
      {asking && (
        <NothingDueQuestion
          month={asking.model.month}
          onWrite={() => {
            focusReturn.returnAfterRun();
            void writeAnyway();
          }}
          onCancel={() => {
            setDeclined(asking);
            // The question goes away: focus returns to where the user asked for it.
            recalculateButton.current?.focus();
          }}
        />
      )}
      {stale && state.status !== 'running' && (
        <StaleNotice
          action={t('staleRecalculate')}
          onRefresh={() => {
            focusReturn.returnAfterRun();
            void recalculate();
          }}
        />
      )}
      {goToRow.failure !== null && (
        <FailureBar
          error={goToRow.failure}
          onDismiss={goToRow.dismissFailure}
          onRetry={() => void goToRow.retry()}
        />
      )}
      {operation.lastResult && <MonthReview outcome={operation.lastResult} onGo={goToRow.goTo} />}
      <CombineWorkbooks month={month} />
    </div>
  );
}
