/** Header words of the training evaluation's fields, beyond our own two headers (Simplified + English). */
import type { FieldWords } from '../module';

export const TRAINING_WORDS = {
  topic: {
    words: [
      '培训主题',
      '培训名称',
      '培训课程',
      '课程名称',
      '课程',
      '培训内容',
      '主题',
      'Topic',
      'Training',
      'Course',
      'Session',
    ],
  },
  trainer: {
    words: [
      '讲师',
      '培训讲师',
      '授课讲师',
      '主讲人',
      '讲师姓名',
      'Trainer',
      'Instructor',
      'Speaker',
    ],
  },
  heldOn: {
    words: [
      '培训日期',
      '培训时间',
      '授课日期',
      '日期',
      'Held on',
      'Date',
      'Training date',
      'Session date',
    ],
  },
  notifiedOn: {
    words: [
      '通知日期',
      '通知时间',
      '通知发出日期',
      '发通知日期',
      'Notified on',
      'Notice sent',
      'Notification date',
    ],
  },
  trainees: {
    words: [
      '参训人数',
      '参加人数',
      '培训人数',
      '人数',
      '学员人数',
      'Trainees',
      'Attendees',
      'Participants',
      'Headcount',
    ],
  },
  satisfaction: {
    words: [
      '满意度',
      '满意度评分',
      '满意度（1-5分）',
      '满意度(1-5)',
      '培训满意度',
      'Satisfaction',
      'Satisfaction (1–5)',
      'Rating',
    ],
    prefixes: ['满意度', 'Satisfaction'],
  },
  score: {
    words: [
      '考核成绩',
      '成绩',
      '考核分数',
      '考试成绩',
      '测试成绩',
      '考核成绩（0–100）',
      'Score',
      'Assessment score',
      'Test score',
      'Exam score',
    ],
    prefixes: ['考核成绩', 'Score'],
  },
  suggestions: {
    words: [
      '建议收集',
      '建议',
      '改进建议',
      '学员建议',
      '反馈',
      '意见建议',
      'Suggestions',
      'Feedback',
      'Comments',
    ],
  },
} satisfies Readonly<Record<string, FieldWords>>;
