/**
 * `installFakeOffice()`: puts a fake `Excel` and a minimal `Office` on
 * `globalThis`, as Office.js would in one add-in runtime (a task pane or a
 * function file), so the pane, the ribbon commands and the gateway's default
 * `run` work against the fake. Where Office is stricter than a browser page,
 * so is the fake (each rule is cited in README.md):
 * - a function file's commands are dispatched only after the page called
 *   `Office.onReady()` or assigned `Office.initialize`;
 * - Office runs one function command at a time and ends one that never calls
 *   `event.completed()` after 5 minutes;
 * - every runtime has its own in-memory copy of the document settings, loaded
 *   when it starts (`refreshAsync` reloads it) — unless the manifest declares
 *   a shared runtime, where pane and commands are one runtime with one copy;
 * - `Office.addin.showAsTaskpane()` works only in a shared runtime;
 * - one dialog at a time per document window (12007), and `Dialog.close()`
 *   takes effect asynchronously.
 * Runtimes opened on the same `FakeDocument` share what the document holds.
 */
import { FakeOfficeError, FAKE_ERROR_CODES } from './errors';
import type { FakeExcel } from './fakeExcel';

/** add-in-commands.md: "The runtime closes when either the function completes or 5 minutes have passed". */
export const EXECUTE_FUNCTION_TIMEOUT_MS = 5 * 60 * 1000;

export interface FakeDialog {
  readonly url: string;
  readonly options: unknown;
  readonly messages: string[];
  closed: boolean;
  readonly handlers: Map<string, (arg: unknown) => void>;
}

/** What one open workbook holds across the runtimes of the add-in. */
export interface FakeDocument {
  /** Document settings as last saved with `saveAsync` from any runtime. */
  readonly saved: Record<string, unknown>;
  /** The dialog open over this document window, if any. */
  dialog: FakeDialog | null;
  /** Every dialog ever opened, in order. */
  readonly dialogs: FakeDialog[];
  /** The in-memory settings of the shared runtime, once one runtime started it. */
  sharedCopy: Record<string, unknown> | null;
}

export function createFakeDocument(settings: Readonly<Record<string, unknown>> = {}): FakeDocument {
  return { saved: { ...settings }, dialog: null, dialogs: [], sharedCopy: null };
}

export interface FakeOfficeOptions {
  /** `Office.context.displayLanguage`, e.g. `zh-CN`. */
  readonly displayLanguage?: string;
  /** Highest supported version per requirement set; default ExcelApi 1.8 and DialogApi 1.1. */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** Initial document settings (ignored when `document` is given). */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** The workbook this runtime opens; several runtimes may share one. */
  readonly document?: FakeDocument;
  /** The manifest declares `<Runtimes>` (lifetime long): pane and commands share one runtime. */
  readonly sharedRuntime?: boolean;
  /** `Office.context.partitionKey` (undefined on Windows, where storage is not partitioned). */
  readonly partitionKey?: string;
  /** Shorter than 5 minutes in tests that let a command time out. */
  readonly executeFunctionTimeoutMs?: number;
  /** `Office.context.officeTheme.bodyBackgroundColor`; absent as on hosts without a theme. */
  readonly bodyBackgroundColor?: string;
}

/** What happened to one press of a ribbon button. */
export interface CommandRun {
  /** False when the page never completed the start-up handshake: Office did not call it. */
  readonly dispatched: boolean;
  readonly completed: boolean;
  /** Office ended the command after the ExecuteFunction timeout. */
  readonly timedOut: boolean;
}

export interface FakeOffice {
  /** Document settings as last saved with `saveAsync`. */
  readonly savedSettings: Record<string, unknown>;
  readonly document: FakeDocument;
  /** Functions registered with `Office.actions.associate`, by id. */
  readonly actions: Map<string, (...args: unknown[]) => unknown>;
  /** How many times the pane was shown (`Office.addin.showAsTaskpane` that succeeded). */
  readonly shownAsTaskpane: { count: number };
  /** The page called `Office.onReady()` or assigned `Office.initialize`. */
  readonly ready: boolean;
  /** The user presses the ribbon button whose FunctionName is `name`; resolves when Office is done with it. */
  press(name: string): Promise<CommandRun>;
  /** The user closes the open dialog with its own close button. */
  userClosesDialog(): void;
  /** Makes this runtime's globals current again (after another runtime was installed). */
  activate(): void;
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

const SUCCEEDED = 'succeeded';
const FAILED = 'failed';
const later = (action: () => void): void => void setTimeout(action, 0);

export function installFakeOffice(fake: FakeExcel, options: FakeOfficeOptions = {}): FakeOffice {
  const scope = globalThis as Record<string, unknown>;
  const previous = {
    Excel: scope.Excel,
    Office: scope.Office,
    OfficeExtension: scope.OfficeExtension,
  };
  const sets = options.requirementSets ?? { ExcelApi: '1.8', DialogApi: '1.1' };
  const document = options.document ?? createFakeDocument(options.settings);
  const shared = options.sharedRuntime === true;
  const current: Record<string, unknown> =
    shared && document.sharedCopy ? document.sharedCopy : { ...document.saved };
  if (shared) document.sharedCopy = current;
  const actions = new Map<string, (...args: unknown[]) => unknown>();
  const shownAsTaskpane = { count: 0 };
  const info = { host: 'Excel', platform: 'OfficeOnline' };
  let ready = false;
  let running: Promise<unknown> = Promise.resolve();
  const timeoutMs = options.executeFunctionTimeoutMs ?? EXECUTE_FUNCTION_TIMEOUT_MS;

  const settings = {
    get: (name: string) => (name in current ? current[name] : null),
    set: (name: string, value: unknown) => {
      current[name] = value;
    },
    remove: (name: string) => {
      delete current[name];
    },
    saveAsync: (callback?: (result: { status: string }) => void) => {
      for (const k of Object.keys(document.saved)) delete document.saved[k];
      Object.assign(document.saved, current);
      later(() => callback?.({ status: SUCCEEDED }));
    },
    refreshAsync: (callback?: (result: { status: string; value: unknown }) => void) => {
      for (const k of Object.keys(current)) delete current[k];
      Object.assign(current, document.saved);
      later(() => callback?.({ status: SUCCEEDED, value: settings }));
    },
  };

  function openDialog(
    url: string,
    dialogOptions: unknown,
    callback?: (result: unknown) => void,
  ): void {
    later(() => {
      if (document.dialog) {
        callback?.({
          status: FAILED,
          error: {
            code: 12007,
            name: 'Display Dialog Error',
            message: 'A dialog box is already opened from this host window.',
          },
        });
        return;
      }
      const dialog: FakeDialog = {
        url,
        options: dialogOptions,
        messages: [],
        closed: false,
        handlers: new Map(),
      };
      document.dialog = dialog;
      document.dialogs.push(dialog);
      callback?.({
        status: SUCCEEDED,
        value: {
          addEventHandler: (type: string, handler: (arg: unknown) => void) =>
            dialog.handlers.set(type, handler),
          // Asynchronous in Office: a dialog opened right after may still find this one open.
          close: () =>
            later(() => {
              dialog.closed = true;
              if (document.dialog === dialog) document.dialog = null;
            }),
          messageChild: (message: string) => dialog.messages.push(message),
        },
      });
    });
  }

  const office: Record<string, unknown> = {
    HostType: { Excel: 'Excel' },
    PlatformType: { OfficeOnline: 'OfficeOnline' },
    AsyncResultStatus: { Succeeded: SUCCEEDED, Failed: FAILED },
    EventType: {
      DocumentSelectionChanged: 'documentSelectionChanged',
      SettingsChanged: 'settingsChanged',
      DialogMessageReceived: 'dialogMessageReceived',
      DialogEventReceived: 'dialogEventReceived',
    },
    onReady: (callback?: (value: typeof info) => void) => {
      ready = true;
      return Promise.resolve(info).then((value) => {
        callback?.(value);
        return value;
      });
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      partitionKey: options.partitionKey,
      ...(options.bodyBackgroundColor === undefined
        ? {}
        : { officeTheme: { bodyBackgroundColor: options.bodyBackgroundColor } }),
      requirements: {
        isSetSupported: (name: string, minVersion = '1.1') => {
          const have = sets[name];
          return have !== undefined && versionAtLeast(have, String(minVersion));
        },
      },
      document: { settings },
      ui: {
        displayDialogAsync: openDialog,
        messageParent: () => undefined,
      },
    },
    actions: {
      associate: (id: string, handler: (...args: unknown[]) => unknown) => actions.set(id, handler),
    },
    addin: {
      showAsTaskpane: () => {
        if (!shared) {
          return Promise.reject(
            new Error('showAsTaskpane: the add-in is not configured to use a shared runtime'),
          );
        }
        shownAsTaskpane.count += 1;
        return Promise.resolve();
      },
    },
  };
  // Assigning Office.initialize is the older form of the same handshake.
  Object.defineProperty(office, 'initialize', {
    configurable: true,
    set(handler: unknown) {
      if (typeof handler !== 'function') return;
      ready = true;
      later(() => (handler as (reason: string) => void)('inserted'));
    },
  });

  function dispatch(name: string): Promise<CommandRun> {
    const handler = actions.get(name);
    if (!ready || !handler) {
      return Promise.resolve({ dispatched: false, completed: false, timedOut: false });
    }
    return new Promise<CommandRun>((resolve) => {
      const timer = setTimeout(
        () => resolve({ dispatched: true, completed: false, timedOut: true }),
        timeoutMs,
      );
      const event = {
        completed: () => {
          clearTimeout(timer);
          resolve({ dispatched: true, completed: true, timedOut: false });
        },
      };
      Promise.resolve()
        .then(() => handler(event))
        .catch(() => undefined);
    });
  }

  const install = (): void => {
    scope.Excel = { run: fake.run, ...EXCEL_ENUMS };
    scope.OfficeExtension = { Error: FakeOfficeError };
    scope.Office = office;
  };
  install();

  return {
    savedSettings: document.saved,
    document,
    actions,
    shownAsTaskpane,
    get ready() {
      return ready;
    },
    press(name) {
      // One function command at a time: a second press waits for the first to end.
      const run = running.then(() => dispatch(name));
      running = run;
      return run;
    },
    userClosesDialog() {
      const dialog = document.dialog;
      if (!dialog) throw new Error('no dialog is open');
      dialog.closed = true;
      document.dialog = null;
      dialog.handlers.get('dialogEventReceived')?.({ error: 12006 });
    },
    activate: install,
    uninstall: () => {
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) delete scope[name];
        else scope[name] = value;
      }
    },
  };
}
