/**
 * SPEC §14: after combining, the combined review written into this
 * workbook's review (the month's row, the merged department block and the
 * per-file block), through the same use case the CLI's `--write` runs. A
 * month with nothing due is asked about first, exactly as the single review
 * asks; progress and a failure (with Retry) show as for every operation.
 * What was written belongs to one reading of the picked files: read them
 * again, and the pane says the workbook holds the earlier combination.
 */
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { TableEditRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import type { CombinedReviewWritten } from '../../app/api';
import { nothingDue } from '../../app/review';
import type { MonthKey } from '../../core';
import type { CombinedReview } from '../../core/combine/reviews';
import { FailureBar } from '../components/FailureBar';
import { ProgressNote } from '../components/ProgressNote';
import { StaleNotice } from '../components/StaleNotice';
import { Unbroken } from '../components/Unbroken';
import { useFocusReturn } from '../hooks/useFocusReturn';
import { useOperation, type Operation } from '../hooks/useOperation';
import { usePane } from '../PaneContext';
import { combinePaneText, type CombinePaneMessage } from './combineMessages';
import { monthName } from './MonthPicker';
import { NothingDueQuestion } from './NothingDueQuestion';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { display: 'block', margin: 0 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** Which combination a write or a "do not write" answer was about. */
export interface Written {
  readonly month: MonthKey;
  readonly readingId: number;
  readonly placed: CombinedReviewWritten;
}

export interface Answer {
  readonly month: MonthKey;
  readonly readingId: number;
}

const same = (a: Answer | null, b: Answer): boolean =>
  a !== null && a.month === b.month && a.readingId === b.readingId;

export interface WriteControls {
  readonly operation: Operation<Written>;
  /** The combination the nothing-due question is about, while it is asked. */
  readonly asking: Answer | null;
  /** The combination the user chose not to write. */
  readonly declined: Answer | null;
  ask(answer: Answer | null): void;
  decline(answer: Answer | null): void;
  write(review: CombinedReview, readingId: number): Promise<void>;
}

/**
 * Held by the combine section, not by the write button: reading the files
 * again hides the button while they are read, and what was written must
 * outlive that to be called out of date.
 */
export function useWriteCombined(): WriteControls {
  const { workbook, locale, factSettings, today } = usePane();
  const operation = useOperation<Written>();
  const { run } = operation;
  const [asking, ask] = useState<Answer | null>(null);
  const [declined, decline] = useState<Answer | null>(null);
  const write = useCallback(
    (review: CombinedReview, readingId: number) => {
      ask(null);
      decline(null);
      return run(async (onProgress) => {
        const placed = await workbook.writeCombinedReview(
          review,
          { locale, today: today(), settings: factSettings },
          onProgress,
        );
        return { month: review.review.month, readingId, placed };
      });
    },
    [run, workbook, locale, today, factSettings],
  );
  return { operation, asking, declined, ask, decline, write };
}

export function WriteCombined({
  combined,
  readingId,
  controls,
}: {
  readonly combined: CombinedReview;
  /** The reading `combined` comes from (`useCombineWorkbooks`). */
  readonly readingId: number;
  readonly controls: WriteControls;
}) {
  const { locale, t } = usePane();
  const styles = useStyles();
  const { operation, asking, declined, ask, decline, write } = controls;
  const { state, lastResult } = operation;
  // The question and the stale notice go away once answered: focus comes back to the button.
  const focusReturn = useFocusReturn(state.status === 'running');
  const button = focusReturn.target;
  const month = combined.review.month;
  const shown: Answer = { month, readingId };
  const named = monthName(month, locale);
  const say = (key: CombinePaneMessage, params?: Record<string, string | number>) =>
    combinePaneText(locale, key, params);

  const start = () => {
    // SPEC §12, as for a single workbook: a month with nothing due is written only if the user says so.
    if (nothingDue(combined.review)) {
      decline(null);
      ask(shown);
    } else void write(combined, readingId);
  };

  const running = state.status === 'running';
  const settled = state.status === 'done' || state.status === 'idle';
  const written = settled && lastResult !== null && same(lastResult, shown) ? lastResult : null;
  // Same month, a newer reading of the files: the workbook holds the earlier combination.
  const stale =
    settled &&
    lastResult !== null &&
    lastResult.month === month &&
    lastResult.readingId !== readingId;

  return (
    <div className={styles.root}>
      <Text as="p" size={200} className={mergeClasses(styles.text, styles.note)}>
        {say('combineWriteNote', { month: named })}
      </Text>
      <div>
        <Button ref={button} icon={<TableEditRegular />} disabled={running} onClick={start}>
          {say('combineWrite')}
        </Button>
      </div>
      {state.status === 'running' && <ProgressNote step={state.step} />}
      {/* OperationStatus's bar, with focus brought back once the bar it was on goes away. */}
      {state.status === 'failed' && (
        <FailureBar
          error={state.error}
          onDismiss={() => {
            operation.dismissFailure();
            button.current?.focus();
          }}
          onRetry={() => {
            focusReturn.returnAfterRun();
            void operation.retry();
          }}
        />
      )}
      {same(asking, shown) && (
        <NothingDueQuestion
          month={month}
          onWrite={() => {
            focusReturn.returnAfterRun();
            void write(combined, readingId);
          }}
          onCancel={() => {
            ask(null);
            decline(shown);
            // The question goes away: focus returns to the button that asked it.
            button.current?.focus();
          }}
        />
      )}
      {same(declined, shown) && (
        <Text as="p" role="status" className={styles.text}>
          {t('nothingDueNotWritten', { month: named })}
        </Text>
      )}
      {written && (
        <Text as="p" role="status" className={styles.text}>
          <Unbroken
            text={
              say('combineWritten', {
                month: named,
                sheet: written.placed.sheetName,
                address: written.placed.rowAddress,
              }) + (written.placed.chartDrawn ? '' : ` ${t('chartNotDrawn')}`)
            }
          />
        </Text>
      )}
      {stale && (
        <StaleNotice
          message={say('combineWrittenStale', { month: named })}
          action={say('combineWriteAgain')}
          onRefresh={() => {
            focusReturn.returnAfterRun();
            start();
          }}
        />
      )}
    </div>
  );
}
