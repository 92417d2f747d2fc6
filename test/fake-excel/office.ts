/**
 * `installFakeOffice()`: puts a fake `Excel` and a minimal `Office` on
 * `globalThis`, as Office.js would in a task pane, so the pane, the ribbon
 * commands and the gateway's default `run` work against the fake.
 */
import { FakeOfficeError, FAKE_ERROR_CODES } from './errors';
import type { FakeExcel } from './fakeExcel';

export interface FakeOfficeOptions {
  /** `Office.context.displayLanguage`, e.g. `zh-CN`. */
  readonly displayLanguage?: string;
  /** Highest supported version per requirement set, e.g. `{ ExcelApi: '1.8' }`. */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** Initial document settings. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface FakeOffice {
  /** Document settings as last saved with `saveAsync`. */
  readonly savedSettings: Record<string, unknown>;
  /** Functions registered with `Office.actions.associate`, by id. */
  readonly actions: Map<string, (...args: unknown[]) => unknown>;
  /** How many times the pane was asked to show (`Office.addin.showAsTaskpane`). */
  readonly shownAsTaskpane: { count: number };
  uninstall(): void;
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

const EXCEL_ENUMS = {
  ConditionalFormatType: { custom: 'Custom' },
  ChartType: { columnClustered: 'ColumnClustered' },
  ChartSeriesBy: { auto: 'Auto', columns: 'Columns', rows: 'Rows' },
  DataValidationOperator: { greaterThanOrEqualTo: 'GreaterThanOrEqualTo', between: 'Between' },
  DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
  ErrorCodes: Object.fromEntries(
    FAKE_ERROR_CODES.map((code) => [code[0]?.toLowerCase() + code.slice(1), code]),
  ),
};

export function installFakeOffice(fake: FakeExcel, options: FakeOfficeOptions = {}): FakeOffice {
  const scope = globalThis as Record<string, unknown>;
  const previous = {
    Excel: scope.Excel,
    Office: scope.Office,
    OfficeExtension: scope.OfficeExtension,
  };
  const sets = options.requirementSets ?? { ExcelApi: '1.8' };
  const current: Record<string, unknown> = { ...options.settings };
  const saved: Record<string, unknown> = { ...options.settings };
  const actions = new Map<string, (...args: unknown[]) => unknown>();
  const shownAsTaskpane = { count: 0 };
  const info = { host: 'Excel', platform: 'OfficeOnline' };

  scope.Excel = { run: fake.run, ...EXCEL_ENUMS };
  scope.OfficeExtension = { Error: FakeOfficeError };
  scope.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: {
      DocumentSelectionChanged: 'documentSelectionChanged',
      SettingsChanged: 'settingsChanged',
    },
    onReady: (callback?: (value: typeof info) => void) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      requirements: {
        isSetSupported: (name: string, minVersion = '1.1') => {
          const have = sets[name];
          return have !== undefined && versionAtLeast(have, String(minVersion));
        },
      },
      document: {
        settings: {
          get: (name: string) => (name in current ? current[name] : null),
          set: (name: string, value: unknown) => {
            current[name] = value;
          },
          remove: (name: string) => {
            delete current[name];
          },
          saveAsync: (callback?: (result: { status: string }) => void) => {
            for (const k of Object.keys(saved)) delete saved[k];
            Object.assign(saved, current);
            callback?.({ status: 'succeeded' });
          },
        },
      },
    },
    actions: {
      associate: (id: string, handler: (...args: unknown[]) => unknown) => actions.set(id, handler),
    },
    addin: {
      showAsTaskpane: () => {
        shownAsTaskpane.count += 1;
        return Promise.resolve();
      },
    },
  };

  return {
    savedSettings: saved,
    actions,
    shownAsTaskpane,
    uninstall: () => {
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) delete scope[name];
        else scope[name] = value;
      }
    },
  };
}
