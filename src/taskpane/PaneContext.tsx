/**
 * What every screen needs: the use cases (an OpsWorkbook, the real gateway in
 * Excel or the in-memory fake in tests), the interface language, the settings
 * and today's date. Injected so that screens never reach for Office.js.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CalendarDay, FactSettings, Locale } from '../core';
import type { OpsWorkbook } from '../app/api';
import { paneTranslator, type Translate } from './messages';

export interface PaneContextValue {
  readonly workbook: OpsWorkbook;
  readonly locale: Locale;
  /** The due-soon window in force (days and unit), from the document's settings. */
  readonly factSettings: FactSettings;
  readonly today: () => CalendarDay;
  readonly t: Translate;
}

const Context = createContext<PaneContextValue | null>(null);

export interface PaneContextProviderProps {
  readonly workbook: OpsWorkbook;
  readonly locale: Locale;
  readonly factSettings: FactSettings;
  readonly today: () => CalendarDay;
  readonly children: ReactNode;
}

export function PaneContextProvider({
  workbook,
  locale,
  factSettings,
  today,
  children,
}: PaneContextProviderProps) {
  const value = useMemo(
    () => ({ workbook, locale, factSettings, today, t: paneTranslator(locale) }),
    [workbook, locale, factSettings, today],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function usePane(): PaneContextValue {
  const value = useContext(Context);
  if (value === null) throw new Error('usePane() outside PaneContextProvider');
  return value;
}
