/** Review: pick a month, recalculate, and read the month's figures. */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { formatCompletion } from '../../core';
import type { ReviewOutcome } from '../../excel/api';
import { Figures } from '../components/Figures';
import { OperationStatus } from '../components/OperationStatus';
import { useReview } from '../hooks/useReview';
import { usePane } from '../PaneContext';
import { DepartmentTable } from './DepartmentTable';
import { ShareReview } from '../share/ShareReview';
import { MonthPicker } from './MonthPicker';
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

function ReviewResult({ outcome }: { readonly outcome: ReviewOutcome }) {
  const { t } = usePane();
  const styles = useStyles();
  const { model } = outcome;
  return (
    <>
      <Text size={200} weight="semibold" className={styles.scope}>
        {model.month}
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
        {t('workbookFiguresLabel', { today: model.today })}
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
        {t('writtenTo', { sheet: outcome.sheetName, address: outcome.rowAddress })}
        {outcome.chartDrawn ? '' : ` ${t('chartNotDrawn')}`}
      </Text>
      <DelayedTasks tasks={model.delayed} />
      <CollaborationProblems problems={model.collaborationProblems} />
      <DepartmentTable departments={model.byDepartment} />
      <ShareReview model={model} />
    </>
  );
}

export function ReviewTab() {
  const { t } = usePane();
  const styles = useStyles();
  const { operation, month, chooseMonth, recalculate } = useReview();
  return (
    <div className={styles.root}>
      <Text as="p">{t('reviewIntro')}</Text>
      <div className={styles.controls}>
        <MonthPicker month={month} onChange={chooseMonth} />
        <Button
          appearance="primary"
          icon={<ArrowSyncRegular />}
          disabled={operation.state.status === 'running'}
          onClick={() => void recalculate()}
        >
          {t('recalculate')}
        </Button>
      </div>
      <OperationStatus operation={operation} />
      {operation.lastResult && <ReviewResult outcome={operation.lastResult} />}
      <CombineWorkbooks month={month} />
    </div>
  );
}
