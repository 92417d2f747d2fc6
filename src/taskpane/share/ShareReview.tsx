/**
 * Share (SPEC §12): the month's review copied as plain text for 企业微信 /
 * 钉钉 / 飞书, or as Markdown tables, in the pane's language; the same text
 * `review --format text|markdown` prints.
 */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { CopyRegular, MarkdownRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { ReviewModel } from '../../core';
import { reviewMarkdown } from '../../core/share/reviewMarkdown';
import { reviewText } from '../../core/share/reviewText';
import { FailureBar } from '../components/FailureBar';
import { usePane } from '../PaneContext';
import { copyText } from './copyText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { display: 'block', margin: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  status: { color: tokens.colorNeutralForeground3, minHeight: tokens.lineHeightBase200 },
});

type Copied = 'text' | 'markdown' | null;

export function ShareReview({ model }: { readonly model: ReviewModel }) {
  const { locale, t } = usePane();
  const styles = useStyles();
  const [copied, setCopied] = useState<Copied>(null);
  // The copy that failed, so that Try again repeats that one (text or Markdown).
  const [failure, setFailure] = useState<{
    readonly error: unknown;
    readonly kind: 'text' | 'markdown';
  } | null>(null);
  const headingId = 'review-share';

  const copy = async (kind: 'text' | 'markdown') => {
    setCopied(null);
    setFailure(null);
    try {
      await copyText(kind === 'text' ? reviewText(model, locale) : reviewMarkdown(model, locale));
      setCopied(kind);
    } catch (error) {
      setFailure({ error, kind });
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h3" weight="semibold" size={400} id={headingId} className={styles.heading}>
        {t('shareHeading')}
      </Text>
      <div className={styles.buttons}>
        <Button size="small" icon={<CopyRegular />} onClick={() => void copy('text')}>
          {t('copyText')}
        </Button>
        <Button size="small" icon={<MarkdownRegular />} onClick={() => void copy('markdown')}>
          {t('copyMarkdown')}
        </Button>
      </div>
      {failure !== null && (
        <FailureBar
          error={failure.error}
          onDismiss={() => setFailure(null)}
          onRetry={() => void copy(failure.kind)}
        />
      )}
      <Text size={200} role="status" className={styles.status}>
        {copied === 'text' ? t('copiedText') : copied === 'markdown' ? t('copiedMarkdown') : ''}
      </Text>
    </section>
  );
}
