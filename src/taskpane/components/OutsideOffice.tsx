/** Shown when the page is opened in a browser tab instead of Excel: how to open it properly. */
import { makeStyles, Text, Title3, tokens } from '@fluentui/react-components';
import type { Locale } from '../../core';
import { paneTranslator } from '../messages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function OutsideOffice({ locale }: { readonly locale: Locale }) {
  const styles = useStyles();
  const t = paneTranslator(locale);
  return (
    <main className={styles.root} lang={locale}>
      <Title3 as="h1">{t('outsideTitle')}</Title3>
      <Text as="p">{t('outsideBody')}</Text>
      <ol className={styles.steps}>
        <li>{t('outsideStep1')}</li>
        <li>{t('outsideStep2')}</li>
        <li>{t('outsideStep3')}</li>
      </ol>
    </main>
  );
}
