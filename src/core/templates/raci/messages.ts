/** The RACI matrix's own issue messages. */
import { defineCatalog } from '../../i18n';

export const RACI_ISSUES = defineCatalog(
  {
    'invalid-raci': '“{value}”不是 RACI 角色（应为 R/A/C/I，可组合如 A/R，或 负责/审批/咨询/知会）',
    'raci-no-accountable': '任务“{task}”没有审批人（A），每项任务应恰有一个 A',
    'raci-many-accountable': '任务“{task}”有 {count} 个审批人（A）：{roles}，每项任务应恰有一个 A',
    'raci-no-responsible': '任务“{task}”没有负责人（R），每项任务至少需要一个 R',
  },
  {
    'invalid-raci':
      '"{value}" is not a RACI role (use R/A/C/I, combined such as A/R, or Responsible/Accountable/Consulted/Informed)',
    'raci-no-accountable': 'Task "{task}" has no Accountable role (A); each task needs exactly one',
    'raci-many-accountable':
      'Task "{task}" has {count} Accountable roles (A): {roles}; each task needs exactly one',
    'raci-no-responsible':
      'Task "{task}" has no Responsible role (R); each task needs at least one',
  },
);

export type RaciIssueCode = keyof (typeof RACI_ISSUES)['zh-CN'];
