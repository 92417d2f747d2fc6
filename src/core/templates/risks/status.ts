/** SPEC §11.9 a risk's state: 监控中 / 已发生 / 已关闭 · Monitoring / Occurred / Closed. */
import type { Locale } from '../../i18n';
import type { Parsed } from '../../values/parsed';
import { parseWordCell, vocabulary } from '../../values/vocabulary';

export type RiskStatus = 'monitoring' | 'occurred' | 'closed';

export const RISK_STATUS_ORDER: readonly RiskStatus[] = ['monitoring', 'occurred', 'closed'];

export const RISK_STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<RiskStatus, string>>>> = {
  'zh-CN': { monitoring: '监控中', occurred: '已发生', closed: '已关闭' },
  'en-US': { monitoring: 'Monitoring', occurred: 'Occurred', closed: 'Closed' },
};

/**
 * Every spelling the readers accept for each state. The trigger highlight
 * compares the status cell with the closed words, so both agree.
 */
export const RISK_STATUS_WORDS: Readonly<Record<RiskStatus, readonly string[]>> = {
  monitoring: [
    '监控中',
    '监控',
    '跟踪中',
    '观察中',
    '进行中',
    '未发生',
    'Monitoring',
    'Open',
    'Watching',
    'Active',
  ],
  occurred: ['已发生', '发生', '已触发', '处理中', 'Occurred', 'Triggered', 'Happened', 'Issue'],
  closed: ['已关闭', '关闭', '已解除', '解除', '已消除', 'Closed', 'Resolved', 'Retired'],
};

const WORDS = vocabulary<RiskStatus>(
  Object.fromEntries(
    RISK_STATUS_ORDER.flatMap((status) =>
      RISK_STATUS_WORDS[status].map((word) => [word, status] as const),
    ),
  ),
);

/** Traditional forms (監控中, 已發生, 已關閉) fold through the match key. */
export function parseRiskStatus(value: unknown): Parsed<RiskStatus> {
  return parseWordCell(value, WORDS);
}
