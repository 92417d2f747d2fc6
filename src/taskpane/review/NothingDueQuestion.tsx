/**
 * SPEC §12: asks before writing a row for a month in which nothing is due.
 * Asked in the pane, beside the button that led to it, rather than in a
 * modal over the workbook: focus moves to the question so a keyboard user
 * answers it next.
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useId, useRef } from 'react';
import type { MonthKey } from '../../core';
import { usePane } from '../PaneContext';
import { monthName } from './MonthPicker';

const useStyles = makeStyles({
  // The two answers wrap under the question in a narrow pane instead of squeezing it.
  actions: { flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export function NothingDueQuestion({
  month,
  onWrite,
  onCancel,
}: {
  readonly month: MonthKey;
  readonly onWrite: () => void;
  readonly onCancel: () => void;
}) {
  const { locale, t } = usePane();
  const named = monthName(month, locale);
  const styles = useStyles();
  const titleId = useId();
  const write = useRef<HTMLButtonElement>(null);
  useEffect(() => write.current?.focus(), []);
  return (
    <MessageBar
      intent="warning"
      layout="multiline"
      role="alertdialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <MessageBarBody>
        {/* The month as the picker names it (2026年11月 / November 2026). */}
        <MessageBarTitle id={titleId}>{t('nothingDueTitle', { month: named })}</MessageBarTitle>
        {/* A block of its own: Fluent's title is inline and would run into the question. */}
        <div>{t('nothingDueBody', { month: named })}</div>
      </MessageBarBody>
      <MessageBarActions className={styles.actions}>
        <Button ref={write} appearance="primary" size="small" onClick={onWrite}>
          {t('nothingDueWrite')}
        </Button>
        <Button size="small" onClick={onCancel}>
          {t('nothingDueCancel')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
