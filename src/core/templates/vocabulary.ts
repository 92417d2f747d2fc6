/** The dropdown values our templates write, per language, and the order they are offered in. */
import type { Locale } from '../i18n';
import type { Priority, Status } from '../model';

export const STATUS_ORDER: readonly Status[] = [
  'notStarted',
  'inProgress',
  'done',
  'onHold',
  'cancelled',
];
export const PRIORITY_ORDER: readonly Priority[] = ['high', 'medium', 'low'];

export const STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<Status, string>>>> = {
  'zh-CN': {
    notStarted: '待启动',
    inProgress: '进行中',
    done: '已完成',
    onHold: '已暂停',
    cancelled: '已取消',
  },
  'en-US': {
    notStarted: 'Not started',
    inProgress: 'In progress',
    done: 'Done',
    onHold: 'On hold',
    cancelled: 'Cancelled',
  },
};

export const PRIORITY_LABELS: Readonly<Record<Locale, Readonly<Record<Priority, string>>>> = {
  'zh-CN': { high: '高', medium: '中', low: '低' },
  'en-US': { high: 'High', medium: 'Medium', low: 'Low' },
};

export const STATUS_ALLOWED: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': STATUS_ORDER.map((s) => STATUS_LABELS['zh-CN'][s]),
  'en-US': STATUS_ORDER.map((s) => STATUS_LABELS['en-US'][s]),
};

export const PRIORITY_ALLOWED: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': PRIORITY_ORDER.map((p) => PRIORITY_LABELS['zh-CN'][p]),
  'en-US': PRIORITY_ORDER.map((p) => PRIORITY_LABELS['en-US'][p]),
};
