/** The training evaluation's own issue messages and review texts. */
import { defineCatalog } from '../../i18n';

export const TRAINING_ISSUES = defineCatalog(
  {
    'notice-late': '通知日期 {notified} 距培训日期 {held} 不足 3 天（应至少提前 3 天通知学员）',
  },
  {
    'notice-late':
      'Notified on {notified}, fewer than 3 days before the training on {held} (trainees need 3 days’ notice)',
  },
);

export type TrainingIssueCode = keyof (typeof TRAINING_ISSUES)['zh-CN'];

export const TRAINING_TEXT = defineCatalog(
  {
    title: '培训（{month}）',
    sessions: '培训场次',
    averageSatisfaction: '平均满意度',
    averageScore: '平均考核成绩',
    none: '无',
    line: '培训（{month}）：{sessions} 场，平均满意度 {satisfaction}，平均考核成绩 {score}',
    session: '{heldOn} {topic}：满意度 {satisfaction}，考核成绩 {score}',
  },
  {
    title: 'Training ({month})',
    sessions: 'Sessions',
    averageSatisfaction: 'Average satisfaction',
    averageScore: 'Average score',
    none: 'none',
    line: 'Training ({month}): {sessions} sessions, average satisfaction {satisfaction}, average score {score}',
    session: '{heldOn} {topic}: satisfaction {satisfaction}, score {score}',
  },
);
