/**
 * Settings: interface language and the due-soon window (days, counted as
 * calendar or working days), saved in the workbook; and which years the
 * working-day calendar covers.
 */
import {
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  SpinButton,
  Text,
  tokens,
} from '@fluentui/react-components';
import { STATUTORY_CALENDAR } from '../../calendarData/statutory';
import { describeYears } from '../../core/calendar';
import { clampDueSoonDays, DUE_SOON_DAYS_RANGE } from '../../host/settings';
import { FailureBar } from '../components/FailureBar';
import type { SettingsControls } from '../hooks/useSettings';
import { usePane } from '../PaneContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  status: { color: tokens.colorNeutralForeground3, minHeight: tokens.lineHeightBase300 },
});

export interface SettingsTabProps {
  readonly controls: SettingsControls;
  /** Years the workbook's own 工作日历 table adds, once read. */
  readonly workbookYears?: readonly number[];
}

export function SettingsTab({ controls, workbookYears = [] }: SettingsTabProps) {
  const { t, locale } = usePane();
  const styles = useStyles();
  const { settings, saveState, update, dismissFailure } = controls;

  return (
    <div className={styles.root}>
      <Text as="p">{t('settingsIntro')}</Text>
      <Field label={t('interfaceLanguage')}>
        <RadioGroup
          value={settings.locale}
          onChange={(_event, data) =>
            void update({ locale: data.value === 'en-US' ? 'en-US' : 'zh-CN' })
          }
        >
          <Radio value="zh-CN" label={t('languageZh')} />
          <Radio value="en-US" label={t('languageEn')} />
        </RadioGroup>
      </Field>
      <Field
        label={t('dueSoonDays')}
        hint={t(settings.dueSoonUnit === 'workingDays' ? 'dueSoonHintWorking' : 'dueSoonHint', {
          days: settings.dueSoonDays,
        })}
      >
        <SpinButton
          value={settings.dueSoonDays}
          min={DUE_SOON_DAYS_RANGE.min}
          max={DUE_SOON_DAYS_RANGE.max}
          onChange={(_event, data) => {
            // Arrows give value; typed text arrives as displayValue. Text that is no
            // number is ignored, and the controlled field shows the stored days again.
            const days = data.value ?? Number.parseInt(data.displayValue ?? '', 10);
            if (Number.isFinite(days)) void update({ dueSoonDays: clampDueSoonDays(days) });
          }}
        />
      </Field>
      <Field label={t('dueSoonUnit')}>
        <RadioGroup
          value={settings.dueSoonUnit}
          onChange={(_event, data) =>
            void update({
              dueSoonUnit: data.value === 'workingDays' ? 'workingDays' : 'calendarDays',
            })
          }
        >
          <Radio value="calendarDays" label={t('dueSoonCalendarDays')} />
          <Radio value="workingDays" label={t('dueSoonWorkingDays')} />
        </RadioGroup>
      </Field>
      <Text as="p" size={200}>
        {t('calendarCoverage', {
          years: describeYears([...STATUTORY_CALENDAR.years, ...workbookYears], locale),
        })}
      </Text>
      {typeof saveState === 'object' ? (
        <FailureBar
          error={saveState.failed}
          onDismiss={dismissFailure}
          onRetry={() => void controls.retrySave()}
        />
      ) : (
        <Text size={200} role="status" className={styles.status}>
          {saveState === 'saving'
            ? t('settingsSaving')
            : saveState === 'saved'
              ? t('settingsSaved')
              : ''}
        </Text>
      )}
    </div>
  );
}
