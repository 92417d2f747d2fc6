/** SPEC §11.6: the training evaluation (培训效果评估表, table OpsTraining). */
import { defineTemplate } from '../module';
import { TRAINING_COLUMNS } from './columns';
import { TRAINING_ISSUES } from './messages';
import { readTraining } from './record';
import { TRAINING_REVIEW } from './review';

export const TRAINING = defineTemplate({
  kind: 'training',
  tableName: 'OpsTraining',
  sheetName: { 'zh-CN': '培训效果评估表', 'en-US': 'Training Evaluation' },
  purpose: {
    'zh-CN': '每场培训：讲师、通知与培训日期、满意度与考核成绩、学员建议；通知不足 3 天自动提示',
    'en-US':
      'Each training session with trainer, notice and training dates, satisfaction, scores and suggestions; late notices flagged',
  },
  group: 'training',
  columns: TRAINING_COLUMNS,
  recognition: { required: ['topic', 'satisfaction'] },
  issues: TRAINING_ISSUES,
  reading: { record: readTraining },
  review: TRAINING_REVIEW,
  sample: {
    'zh-CN': [
      {
        topic: '新员工入职培训',
        trainer: '*HR经理',
        heldOn: '2023-07-18',
        notifiedOn: '2023-07-14',
        trainees: 12,
        satisfaction: 4.2,
        score: 85,
        suggestions: '增加公司案例分享环节',
      },
    ],
    'en-US': [
      {
        topic: 'New-hire onboarding',
        trainer: '*HR manager',
        heldOn: '2023-07-18',
        notifiedOn: '2023-07-14',
        trainees: 12,
        satisfaction: 4.2,
        score: 85,
        suggestions: 'Add a session of company case studies',
      },
    ],
  },
});
