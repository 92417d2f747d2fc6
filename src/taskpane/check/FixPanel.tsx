/**
 * SPEC §13 Fix in the Check tab: the preview lists every change (cell, before,
 * after) before anything is written; applying changes exactly those cells and
 * logs each one in the Fix Log sheet, since Excel's undo cannot reach them.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowRightRegular } from '@fluentui/react-icons';
import { afterText, type FixChange } from '../../core/fix';
import { FailureBar } from '../components/FailureBar';
import type { FixControls } from '../hooks/useFix';
import type { PaneMessageKey } from '../messages';
import { usePane } from '../PaneContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    maxHeight: '240px',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  change: { overflowWrap: 'anywhere' },
  place: { fontWeight: tokens.fontWeightSemibold },
  arrow: {
    verticalAlign: 'middle',
    marginLeft: tokens.spacingHorizontalXS,
    marginRight: tokens.spacingHorizontalXS,
  },
  kind: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const KIND_LABEL: Readonly<Record<FixChange['kind'], PaneMessageKey>> = {
  textDate: 'fixKindTextDate',
  status: 'fixKindStatus',
  priority: 'fixKindPriority',
  noOwner: 'fixKindNoOwner',
};

function ChangeList({ changes }: { readonly changes: readonly FixChange[] }) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={t('fixListLabel')}>
      {changes.map((change) => (
        <li key={`${change.sheet}!${change.cell}`} className={styles.change}>
          <Text size={200}>
            <span className={styles.place}>{`${change.sheet}!${change.cell}`}</span> {change.before}
            <ArrowRightRegular aria-label={t('fixBecomes')} className={styles.arrow} />
            {afterText(change.after) || t('fixBlank')}{' '}
            <span className={styles.kind}>{t(KIND_LABEL[change.kind])}</span>
          </Text>
        </li>
      ))}
    </ul>
  );
}

export function FixPanel({ controls }: { readonly controls: FixControls }) {
  const { t } = usePane();
  const styles = useStyles();
  const { state } = controls;
  switch (state.phase) {
    case 'idle':
      return null;
    case 'previewing':
      return <Spinner size="tiny" label={t('fixPreviewing')} />;
    case 'failed':
      return (
        <FailureBar
          error={state.error}
          onDismiss={controls.cancel}
          onRetry={() => void controls.retry()}
        />
      );
    case 'applied': {
      const { applied, skipped, logSheet } = state.outcome;
      return (
        <MessageBar intent={applied > 0 ? 'success' : 'info'} role="status">
          <MessageBarBody>
            {applied > 0
              ? t('fixApplied', { count: applied, sheet: logSheet ?? '' })
              : t('fixNoneApplied')}
            {skipped > 0 && ` ${t('fixSkipped', { count: skipped })}`}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case 'preview':
    case 'applying':
      if (state.changes.length === 0) {
        return (
          <Text as="p" role="status">
            {t('fixNothing')}
          </Text>
        );
      }
      return (
        <section className={styles.root} aria-label={t('fixPreviewLabel')}>
          <Text as="p" role="status">
            {t('fixPreviewSummary', { count: state.changes.length })}
          </Text>
          <ChangeList changes={state.changes} />
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={state.phase === 'applying'}
              onClick={() => void controls.apply()}
            >
              {t('fixApply', { count: state.changes.length })}
            </Button>
            <Button disabled={state.phase === 'applying'} onClick={controls.cancel}>
              {t('fixCancel')}
            </Button>
          </div>
        </section>
      );
  }
}
