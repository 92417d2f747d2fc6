/**
 * Shared helpers for the pane tests: an in-memory document settings store, a
 * host, a scripted OpsWorkbook for screens whose results the test controls,
 * and a render of the whole App.
 */
import { configure, render, screen, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { toHaveNoViolations } from 'jest-axe';
import type { CheckResult, Issue, Locale, ReviewModel } from '../../src/core';
import type { InsertedSheet, OpsWorkbook, ReviewOutcome } from '../../src/app/api';
import type { PaneHost } from '../../src/host/office';
import {
  paneSettingsStore,
  SETTING_KEYS,
  type DocumentSettings,
  type UserStorage,
} from '../../src/host/settings';
import { memoryStorage } from '../../src/host/userStorage';
import { App } from '../../src/taskpane/App';

expect.extend(toHaveNoViolations);

// The machine running the suite is shared: give lazily loaded screens more than the default second.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout; Fluent's MessageBar and the virtualiser observe sizes.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
}

export const TODAY = '2026-11-25';

/** jsdom lays nothing out; gives scroll containers (the virtualised issue list) a pane-sized viewport. */
export function giveElementsAViewport(): void {
  jest.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
  jest.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(350);
}

export interface MemorySettings extends DocumentSettings {
  readonly values: Map<string, unknown>;
  saves: number;
  failNextSave: boolean;
}

export function memorySettings(initial: Record<string, unknown> = {}): MemorySettings {
  const values = new Map(Object.entries(initial));
  const store: MemorySettings = {
    values,
    saves: 0,
    failNextSave: false,
    get: (name) => values.get(name) ?? null,
    set: (name, value) => void values.set(name, value),
    saveAsync: (callback) => {
      const failed = store.failNextSave;
      store.failNextSave = false;
      if (!failed) store.saves += 1;
      callback?.({
        status: failed ? Office.AsyncResultStatus.Failed : Office.AsyncResultStatus.Succeeded,
        error: failed ? ({ message: 'The document is read-only.' } as Office.Error) : undefined,
      } as Office.AsyncResult<void>);
    },
  };
  return store;
}

/** The two Office enums the host code reads, as Office.js defines them at run time. */
export function installOfficeEnums(): void {
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
  };
}

export function testHost(
  settings: DocumentSettings = memorySettings(),
  displayLanguage = 'zh-CN',
  theme: PaneHost['theme'] = 'light',
  user: UserStorage = memoryStorage(),
): PaneHost {
  return {
    displayLanguage,
    theme,
    settings: paneSettingsStore({ document: settings, user, displayLanguage }),
  };
}

export function issue(partial: Partial<Issue> & Pick<Issue, 'cell'>): Issue {
  return {
    sheet: '任务跟踪表',
    row: Number(partial.cell.replace(/^[A-Z]+/, '')),
    field: 'due',
    severity: 'error',
    code: 'missing-due',
    message: '缺少截止日期',
    ...partial,
  };
}

export function checkResult(
  issues: readonly Issue[],
  partial: Partial<CheckResult> = {},
): CheckResult {
  return {
    issues,
    errors: issues.filter((one) => one.severity === 'error').length,
    warnings: issues.filter((one) => one.severity === 'warning').length,
    rowsChecked: 12,
    sheets: [
      { sheet: '任务跟踪表', kind: 'tracker', ours: true, headerRow: 1, rows: 10 },
      { sheet: '市场部台账', kind: 'tracker', ours: false, headerRow: 2, rows: 2 },
    ],
    ...partial,
  };
}

export function reviewModel(partial: Partial<ReviewModel> = {}): ReviewModel {
  return {
    month: '2026-11',
    today: TODAY,
    scope: 28,
    completed: 24,
    completionRate: 24 / 28,
    delayed: [
      {
        id: 'OP-001',
        name: 'Q3客户满意度调研',
        due: '2026-11-15',
        reason: '需产品部确认调研维度',
        daysLate: 5,
      },
      { id: '任务跟踪表!9', name: '新员工入职培训', due: '2026-11-20', reason: '', daysLate: 1 },
    ],
    overdue: ['OP-001', 'OP-007', 'OP-009'],
    unassigned: ['OP-004'],
    byDepartment: [
      { department: '市场部', scope: 5, completed: 3, completionRate: 0.6 },
      { department: '人力资源部', scope: 0, completed: 0, completionRate: null },
    ],
    collaborationProblems: [
      {
        id: 'CO-002',
        topic: '季度客户答谢会筹备',
        deadline: '2026-11-20',
        note: '名单待销售部补充',
      },
    ],
    ...partial,
  };
}

export function reviewOutcome(model: ReviewModel = reviewModel()): ReviewOutcome {
  return {
    model,
    sections: [],
    sheetName: '月度运营复盘表',
    rowAddress: 'A2:J2',
    chartDrawn: true,
  };
}

export function inserted(
  kind: InsertedSheet['kind'],
  sheetName: string,
  tableName: string,
): InsertedSheet {
  return { kind, sheetName, tableName };
}

/** An OpsWorkbook whose every use case is a jest mock the test scripts. */
export type ScriptedWorkbook = { [K in keyof OpsWorkbook]: jest.MockedFunction<OpsWorkbook[K]> };

/** A jest mock typed as one use case, so tests can script it with mockResolvedValueOnce & co. */
function mockUseCase<K extends keyof OpsWorkbook>(
  implementation: (...args: Parameters<OpsWorkbook[K]>) => ReturnType<OpsWorkbook[K]>,
): jest.MockedFunction<OpsWorkbook[K]> {
  return jest.fn(implementation) as unknown as jest.MockedFunction<OpsWorkbook[K]>;
}

export function scriptedWorkbook(): ScriptedWorkbook {
  return {
    insertTemplate: mockUseCase<'insertTemplate'>(async (kind) =>
      inserted(kind, `${kind} sheet`, 'OpsTasks'),
    ),
    insertAllTemplates: mockUseCase<'insertAllTemplates'>(async () => [
      inserted('tracker', '任务跟踪表', 'OpsTasks'),
      inserted('collab', '跨部门协作记录表', 'OpsCollab'),
      inserted('review', '月度运营复盘表', 'OpsReview'),
    ]),
    checkWorkbook: mockUseCase<'checkWorkbook'>(async () => checkResult([])),
    selectCell: mockUseCase<'selectCell'>(async () => undefined),
    recalculateReview: mockUseCase<'recalculateReview'>(async () => reviewOutcome()),
    recalculateReviewIfDue: mockUseCase<'recalculateReviewIfDue'>(async () => reviewOutcome()),
    describeWorkbook: mockUseCase<'describeWorkbook'>(async () => ({
      kinds: new Set(),
      calendarYears: [],
    })),
    watchChanges: mockUseCase<'watchChanges'>(async () => () => undefined),
    writeCombinedReview: mockUseCase<'writeCombinedReview'>(async () => ({
      sheetName: '月度运营复盘表',
      rowAddress: 'A2:J2',
      chartDrawn: true,
    })),
    previewFixes: mockUseCase<'previewFixes'>(async () => []),
    applyFixes: mockUseCase<'applyFixes'>(async (changes) => ({
      applied: changes.length,
      skipped: 0,
      logSheet: changes.length > 0 ? '修正记录' : null,
    })),
  };
}

export interface RenderedPane extends RenderResult {
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly settings: MemorySettings;
  /** This computer's storage: where the person's interface language is kept. */
  readonly storage: UserStorage;
}

export function renderPane(
  workbook: OpsWorkbook,
  options: {
    locale?: Locale;
    settings?: MemorySettings;
    storage?: UserStorage;
    displayLanguage?: string;
  } = {},
): RenderedPane {
  const settings = options.settings ?? memorySettings();
  const storage = options.storage ?? memoryStorage();
  if (options.locale) storage.setItem(SETTING_KEYS.locale, options.locale);
  const host = testHost(settings, options.displayLanguage ?? 'zh-CN', 'light', storage);
  const user = userEvent.setup();
  const rendered = render(<App workbook={workbook} host={host} today={() => TODAY} />);
  return { ...rendered, user, settings, storage };
}

/** Opens a tab by its visible name and waits for its lazily loaded screen. */
export async function openTab(pane: RenderedPane, name: string, waitFor: RegExp | string) {
  await pane.user.click(screen.getByRole('tab', { name }));
  return screen.findByRole('button', { name: waitFor });
}

/**
 * Finds the element whose whole text is `text`, though dates, IDs and cells
 * inside it sit in spans of their own (kept whole on a line: `Unbroken`).
 */
export const wholeText =
  (text: string) =>
  (_content: string, element: Element | null): boolean =>
    element?.textContent === text &&
    !Array.from(element.children).some((child) => child.textContent === text);
