/** A failure, said plainly: what happened and what to do next. */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { ArrowClockwiseRegular, DismissRegular } from '@fluentui/react-icons';
import type { Locale } from '../../core';
import { describeFailure } from '../../excel/failure';
import { paneTranslator } from '../messages';
import { usePane } from '../PaneContext';

const useStyles = makeStyles({
  // Office error details can be long unbroken tokens; wrap them inside a narrow pane.
  body: { overflowWrap: 'anywhere' },
});

export interface FailureMessageProps {
  readonly error: unknown;
  readonly locale: Locale;
  /** Absent when there is nothing to go back to (the pane could not start). */
  readonly onDismiss?: () => void;
  /** Runs the failed operation again; absent when there is nothing to repeat. */
  readonly onRetry?: () => void;
}

export function FailureMessage({ error, locale, onDismiss, onRetry }: FailureMessageProps) {
  const styles = useStyles();
  const t = paneTranslator(locale);
  const { happened, nextStep } = describeFailure(error, locale);
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{t('failureTitle')}</MessageBarTitle>
        <div>{happened}</div>
        <div>{nextStep}</div>
      </MessageBarBody>
      {(onDismiss || onRetry) && (
        <MessageBarActions
          containerAction={
            onDismiss && (
              <Button
                appearance="transparent"
                aria-label={t('dismiss')}
                icon={<DismissRegular />}
                onClick={onDismiss}
              />
            )
          }
        >
          {onRetry && (
            <Button size="small" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
              {t('retry')}
            </Button>
          )}
        </MessageBarActions>
      )}
    </MessageBar>
  );
}

export function FailureBar({
  error,
  onDismiss,
  onRetry,
}: {
  readonly error: unknown;
  readonly onDismiss: () => void;
  readonly onRetry?: () => void;
}) {
  const { locale } = usePane();
  return (
    <FailureMessage
      error={error}
      locale={locale}
      onDismiss={onDismiss}
      {...(onRetry ? { onRetry } : {})}
    />
  );
}
