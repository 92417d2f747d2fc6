/** Header words of the collaboration-log fields, beyond our own two headers (Simplified + English). */
import { COMPLETED_HEADERS, ID_HEADERS, STATUS_HEADERS } from '../words';
import type { FieldWords } from '../module';

export const COLLAB_WORDS = {
  id: { words: ['协作事项编号', '事项编号', '协作编号', 'Item ID', 'Item No.', ...ID_HEADERS] },
  topic: {
    words: [
      '协作事项描述',
      '协作事项',
      '事项描述',
      '协作内容',
      'Topic',
      'Item',
      'Subject',
      'Collaboration item',
    ],
  },
  initiator: {
    words: [
      '发起部门',
      '发起方',
      '牵头部门',
      'Initiating dept.',
      'Initiating department',
      'Initiator',
      'Requesting dept.',
    ],
  },
  partners: {
    words: [
      '协作部门',
      '配合部门',
      '参与部门',
      'Partner depts.',
      'Partner departments',
      'Partners',
      'Collaborators',
    ],
  },
  lead: { words: ['总负责人', '负责人', '牵头人', 'Lead', 'Owner'] },
  meetingDate: {
    words: [
      '沟通时间',
      '沟通日期',
      '会议时间',
      '会议日期',
      'Discussed on',
      'Meeting date',
      'Discussed',
    ],
  },
  decision: { words: ['决议内容', '决议', '决定', '结论', 'Decision', 'Decisions'] },
  follower: { words: ['跟进人', '跟进负责人', 'Follow-up owner', 'Follow-up', 'Follower'] },
  deadline: {
    words: ['完成时限', '截止日期', '截止时间', '完成期限', 'Deadline', 'Due', 'Due date'],
  },
  status: { words: STATUS_HEADERS },
  completed: { words: COMPLETED_HEADERS },
  result: { words: ['实际完成情况', '完成情况', '结果', '进展', 'Outcome', 'Result', 'Progress'] },
} as const satisfies Readonly<Record<string, FieldWords>>;
