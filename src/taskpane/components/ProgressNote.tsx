/**
 * The step in progress, in words, announced politely to screen readers. The
 * gateway asks Excel to delay its batches while a cell is being edited
 * (`delayForCellEdit`), so a step that waits on Excel for long is most often
 * a cell left in edit mode: after a while the note says how to end it.
 */
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ProgressStep } from '../../app/api';
import type { PaneMessageKey } from '../messages';
import { usePane } from '../PaneContext';

const STEP_MESSAGES: Readonly<Record<ProgressStep, PaneMessageKey>> = {
  reading: 'stepReading',
  checking: 'stepChecking',
  writing: 'stepWriting',
  done: 'stepDone',
};

/** How long a step that waits on Excel runs before the note suggests ending a cell edit. */
export const CELL_EDIT_HINT_AFTER_MS = 3000;

/** Steps in which the pane waits for Excel, not for its own computing. */
const WAITS_ON_EXCEL = new Set<ProgressStep | null>([null, 'reading', 'writing']);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export function ProgressNote({ step }: { readonly step: ProgressStep | null }) {
  const { t } = usePane();
  const styles = useStyles();
  const [waitedLong, setWaitedLong] = useState(false);

  useEffect(() => {
    setWaitedLong(false);
    if (!WAITS_ON_EXCEL.has(step)) return undefined;
    const timer = setTimeout(() => setWaitedLong(true), CELL_EDIT_HINT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [step]);

  return (
    <div role="status" aria-live="polite" className={styles.root}>
      <Spinner
        size="tiny"
        labelPosition="after"
        label={t(step ? STEP_MESSAGES[step] : 'working')}
      />
      {waitedLong && (
        <Text size={200} className={styles.hint}>
          {t('cellEditHint')}
        </Text>
      )}
    </div>
  );
}
