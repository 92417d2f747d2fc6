/**
 * Starts the pane: inside Excel the full App over the real gateway; in a
 * plain browser tab a page that says how to open it in Excel.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { localeFromDisplayLanguage } from '../core';
import type { OpsWorkbook } from '../app/api';
import { officeHost, runsInExcel } from '../host/office';
import { App } from './App';
import { FailureMessage } from './components/FailureBar';
import { OutsideOffice } from './components/OutsideOffice';

export async function bootPane(
  container: HTMLElement,
  createWorkbook: () => OpsWorkbook,
): Promise<void> {
  const root = createRoot(container);
  const browserLocale = localeFromDisplayLanguage(navigator.language);
  try {
    if (!(await runsInExcel())) {
      root.render(
        <FluentProvider theme={webLightTheme}>
          <OutsideOffice locale={browserLocale} />
        </FluentProvider>,
      );
      return;
    }
    root.render(<App workbook={createWorkbook()} host={officeHost()} />);
  } catch (error) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <FailureMessage error={error} locale={browserLocale} />
      </FluentProvider>,
    );
  }
}
