/**
 * The tabs. Only Templates is in the first bundle; the other screens load on
 * first visit. A visited screen stays mounted (hidden) so that its results and
 * any work in progress survive switching tabs.
 */
import {
  makeStyles,
  Spinner,
  Tab,
  TabList,
  tokens,
  Tooltip,
  type SelectTabData,
} from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons';
import { Suspense, useState, type ReactNode } from 'react';
import { retryableLazy } from './components/retryableLazy';
import { ScreenBoundary } from './components/ScreenBoundary';
import type { SettingsControls } from './hooks/useSettings';
import type { PaneMessageKey } from './messages';
import { usePane } from './PaneContext';
import { useHoldings } from './hooks/useHoldings';
import { TemplatesTab } from './templates/TemplatesTab';

type TabId = 'templates' | 'check' | 'review' | 'settings';

const CHECK = retryableLazy(() =>
  import(/* webpackChunkName: "check" */ './check/CheckTab').then((m) => ({ default: m.CheckTab })),
);
const REVIEW = retryableLazy(() =>
  import(/* webpackChunkName: "review" */ './review/ReviewTab').then((m) => ({
    default: m.ReviewTab,
  })),
);
const SETTINGS = retryableLazy(() =>
  import(/* webpackChunkName: "settings" */ './settings/SettingsTab').then((m) => ({
    default: m.SettingsTab,
  })),
);
/** What Try again on a failed screen reloads; Templates is in the first bundle. */
const RELOADS: Partial<Record<TabId, () => void>> = {
  check: CHECK.reset,
  review: REVIEW.reset,
  settings: SETTINGS.reset,
};

const TABS: readonly { readonly id: TabId; readonly label: PaneMessageKey }[] = [
  { id: 'templates', label: 'tabTemplates' },
  { id: 'check', label: 'tabCheck' },
  { id: 'review', label: 'tabReview' },
  { id: 'settings', label: 'tabSettings' },
];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  tabs: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Narrow panes (Excel on a Mac opens at 270 px) give tabs less air rather than cut one off.
  tab: { '@media (max-width: 300px)': { paddingLeft: '4px', paddingRight: '4px' } },
  panel: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}` },
});

export function Shell({ settings }: { readonly settings: SettingsControls }) {
  const { locale, t } = usePane();
  const styles = useStyles();
  const [selected, setSelected] = useState<TabId>('templates');
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set(['templates']));

  const { holdings, refresh } = useHoldings();

  const select = (_event: unknown, data: SelectTabData) => {
    const id = TABS.find((tab) => tab.id === data.value)?.id;
    if (!id) return;
    // The user may have added or deleted sheets meanwhile.
    if (id === 'templates' || id === 'settings') refresh();
    setSelected(id);
    setVisited((previous) => (previous.has(id) ? previous : new Set([...previous, id])));
  };

  // Try again on a failed screen loads its code afresh; rendering again picks the new load up.
  const [, setAttempts] = useState(0);
  const retryScreen = (id: TabId) => {
    RELOADS[id]?.();
    setAttempts((attempts) => attempts + 1);
  };
  const CheckTab = CHECK.current();
  const ReviewTab = REVIEW.current();
  const SettingsTab = SETTINGS.current();
  const screens: Record<TabId, ReactNode> = {
    templates: <TemplatesTab holdings={holdings} onInserted={refresh} />,
    check: <CheckTab />,
    review: <ReviewTab />,
    settings: <SettingsTab controls={settings} workbookYears={holdings?.calendarYears} />,
  };

  return (
    <div className={styles.root}>
      <TabList
        // Small tabs: the four English labels fit a 270 px pane; medium ones were cut at 320 px.
        size="small"
        className={styles.tabs}
        selectedValue={selected}
        onTabSelect={select}
        aria-label={t('tabsLabel')}
      >
        {TABS.map((tab) =>
          tab.id === 'settings' ? (
            // A gear, as in Office's own panes: four worded English tabs overflow a 270 px pane.
            <Tooltip key={tab.id} content={t(tab.label)} relationship="label">
              <Tab
                id={`tab-${tab.id}`}
                value={tab.id}
                className={styles.tab}
                icon={<SettingsRegular />}
                aria-controls={visited.has(tab.id) ? `panel-${tab.id}` : undefined}
              />
            </Tooltip>
          ) : (
            <Tab
              key={tab.id}
              id={`tab-${tab.id}`}
              value={tab.id}
              className={styles.tab}
              aria-controls={visited.has(tab.id) ? `panel-${tab.id}` : undefined}
            >
              {t(tab.label)}
            </Tab>
          ),
        )}
      </TabList>
      <main>
        {TABS.filter((tab) => visited.has(tab.id)).map((tab) => (
          <div
            key={tab.id}
            id={`panel-${tab.id}`}
            role="tabpanel"
            aria-labelledby={`tab-${tab.id}`}
            hidden={tab.id !== selected}
            className={styles.panel}
          >
            <ScreenBoundary locale={locale} onRetry={() => retryScreen(tab.id)}>
              <Suspense fallback={<Spinner size="small" label={t('loadingTab')} />}>
                {screens[tab.id]}
              </Suspense>
            </ScreenBoundary>
          </div>
        ))}
      </main>
    </div>
  );
}
