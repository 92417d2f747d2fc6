/** SPEC §11.9 a risk's state: 监控中 / 已发生 / 已关闭 · Monitoring / Occurred / Closed. */
import { parseChoice } from '../../values/choice';
import type { Parsed } from '../../values/parsed';
import type { Choice } from '../module';

export type RiskStatus = 'monitoring' | 'occurred' | 'closed';

/**
 * Traditional forms (監控中, 已發生, 已關閉) fold through the match key. The
 * trigger highlight compares the status cell with the closed spellings
 * (`choiceWords`), so the sheet and Check agree.
 */
export const RISK_STATUS: Choice<RiskStatus> = {
  values: ['monitoring', 'occurred', 'closed'],
  labels: {
    'zh-CN': { monitoring: '监控中', occurred: '已发生', closed: '已关闭' },
    'en-US': { monitoring: 'Monitoring', occurred: 'Occurred', closed: 'Closed' },
  },
  words: {
    监控: 'monitoring',
    跟踪中: 'monitoring',
    观察中: 'monitoring',
    未发生: 'monitoring',
    Open: 'monitoring',
    Watching: 'monitoring',
    Active: 'monitoring',
    发生: 'occurred',
    已触发: 'occurred',
    Triggered: 'occurred',
    Happened: 'occurred',
    关闭: 'closed',
    已解除: 'closed',
    解除: 'closed',
    已消除: 'closed',
    Resolved: 'closed',
    Retired: 'closed',
  },
};

export const parseRiskStatus = (value: unknown): Parsed<RiskStatus> =>
  parseChoice(value, RISK_STATUS) as Parsed<RiskStatus>;
