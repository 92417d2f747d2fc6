/**
 * The task pane: Fluent theme following Office, the document's settings, and
 * the use cases injected for every screen.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo } from 'react';
import { localDay, type CalendarDay } from '../core';
import type { OpsWorkbook } from '../app/api';
import type { PaneHost } from '../host/office';
import { factSettingsOf } from '../host/settings';
import { useSettings } from './hooks/useSettings';
import { PaneContextProvider } from './PaneContext';
import { Shell } from './Shell';

export interface AppProps {
  readonly workbook: OpsWorkbook;
  readonly host: PaneHost;
  /** Today's calendar day; injectable so tests and reviews of past months are repeatable. */
  readonly today?: () => CalendarDay;
}

const localToday = () => localDay(new Date());

export function App({ workbook, host, today = localToday }: AppProps) {
  const settings = useSettings(host.settings);
  const { locale, dueSoonDays, dueSoonUnit } = settings.settings;
  const factSettings = useMemo(
    () => factSettingsOf({ locale, dueSoonDays, dueSoonUnit }),
    [locale, dueSoonDays, dueSoonUnit],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <FluentProvider
      theme={host.theme === 'dark' ? webDarkTheme : webLightTheme}
      // Native controls (scroll bars) follow the theme too.
      style={{ colorScheme: host.theme }}
    >
      <PaneContextProvider
        workbook={workbook}
        locale={locale}
        factSettings={factSettings}
        today={today}
      >
        <Shell settings={settings} />
      </PaneContextProvider>
    </FluentProvider>
  );
}
