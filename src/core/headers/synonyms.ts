/**
 * Header words per template field, beyond our own headers (which are always
 * recognised in both languages). Written in Simplified Chinese and English;
 * Traditional headers fold to Simplified through the match key. A header
 * whose key starts with one of `prefixes` binds too (备注（风险/支持需求）).
 */
import type { TemplateKind } from '../model';

export interface FieldWords {
  readonly key: string;
  readonly words: readonly string[];
  readonly prefixes?: readonly string[];
}

/** The range header binds to two fields at once. */
export const RANGE_FIELD = 'range';

const STATUS = [
  '当前状态',
  '状态',
  '处理状态',
  '任务状态',
  '进度状态',
  '完成状态',
  'Status',
  'State',
  'Current status',
];
const COMPLETED = [
  '完成日期',
  '实际完成时间',
  '实际完成日期',
  '完成时间',
  'Completed on',
  'Done on',
  'Completion date',
  'Completed date',
  'Finished on',
  'Date completed',
];
const ID = ['编号', 'ID', 'No.', 'Ref', 'Ref.'];

export const FIELD_WORDS: Readonly<Record<TemplateKind, readonly FieldWords[]>> = {
  tracker: [
    { key: 'id', words: ['任务ID', '任务编号', '任务号', 'Task ID', 'Task No.', ...ID] },
    {
      key: 'name',
      words: [
        '任务名称',
        '任务',
        '任务名',
        '任务事项',
        '任务内容',
        '工作事项',
        '工作任务',
        '事项',
        'Task',
        'Task name',
        'Task title',
        'Name',
        'Title',
        '具体事项',
        '标题',
        '事项名称',
        '工作内容',
        'Activity',
        'Activities',
      ],
    },
    {
      key: 'department',
      words: ['所属部门', '部门', '负责部门', '责任部门', 'Department', 'Dept', 'Dept.', 'Team'],
    },
    {
      key: 'owner',
      words: [
        '负责人',
        '责任人',
        '执行人',
        '经办人',
        '任务负责人',
        'Owner',
        'Assignee',
        'Responsible',
        'Person in charge',
        'Assigned to',
        '执行人员',
        '开发人员',
        '处理人',
        '处理人员',
        '负责人员',
        'Task Owner',
      ],
    },
    {
      key: 'start',
      words: [
        '开始日期',
        '开始时间',
        '开始',
        '计划开始时间',
        '计划开始日期',
        '启动日期',
        '启动时间',
        'Start',
        'Start date',
        'Begin',
        'Begins',
        '计划开始',
        'Planned Start',
        'Planned start date',
      ],
    },
    {
      key: 'due',
      words: [
        '截止日期',
        '截止时间',
        '截至日期',
        '截至时间',
        '完成时限',
        '计划完成时间',
        '计划完成日期',
        '到期日',
        '到期日期',
        '截止',
        'Due',
        'Due date',
        'Deadline',
        'End date',
        'Due on',
        '结束时间',
        '结束日期',
        '结束',
        '预计完成时间',
        '预计完成日期',
        '计划结束',
        '计划结束时间',
        '计划结束日期',
        'End',
        'Planned End',
        'Planned end date',
      ],
    },
    {
      key: RANGE_FIELD,
      words: [
        '起止时间',
        '起止日期',
        '起讫时间',
        '起止',
        '时间范围',
        '计划时间',
        'Period',
        'Duration',
        'Dates',
        'Start - end',
        'Start–end',
      ],
    },
    { key: 'priority', words: ['优先级', '优先', '重要程度', '紧急程度', 'Priority'] },
    { key: 'status', words: STATUS },
    {
      key: 'milestone',
      words: [
        '关键节点',
        '里程碑',
        '关键里程碑',
        '节点',
        'Key milestone',
        'Milestone',
        'Milestones',
      ],
    },
    { key: 'completed', words: COMPLETED },
    {
      key: 'progress',
      words: [
        '实际完成情况',
        '完成情况',
        '进展',
        '进度',
        '进展情况',
        '当前进展',
        'Progress',
        'Actual progress',
      ],
    },
    {
      key: 'notes',
      words: ['风险', '说明', '支持需求'],
      prefixes: ['备注', 'notes', 'remarks', 'remark', 'note', 'comments'],
    },
  ],
  collab: [
    { key: 'id', words: ['协作事项编号', '事项编号', '协作编号', 'Item ID', 'Item No.', ...ID] },
    {
      key: 'topic',
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
    {
      key: 'initiator',
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
    {
      key: 'partners',
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
    { key: 'lead', words: ['总负责人', '负责人', '牵头人', 'Lead', 'Owner'] },
    {
      key: 'meetingDate',
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
    { key: 'decision', words: ['决议内容', '决议', '决定', '结论', 'Decision', 'Decisions'] },
    {
      key: 'follower',
      words: ['跟进人', '跟进负责人', 'Follow-up owner', 'Follow-up', 'Follower'],
    },
    {
      key: 'deadline',
      words: ['完成时限', '截止日期', '截止时间', '完成期限', 'Deadline', 'Due', 'Due date'],
    },
    { key: 'status', words: STATUS },
    { key: 'completed', words: COMPLETED },
    {
      key: 'result',
      words: ['实际完成情况', '完成情况', '结果', '进展', 'Outcome', 'Result', 'Progress'],
    },
  ],
  review: [
    { key: 'period', words: ['复盘周期', '周期', '月份', '复盘月份', 'Period', 'Month'] },
    { key: 'goal', words: ['核心目标', '目标', 'Core goal', 'Goal', 'Goals'] },
    {
      key: 'completionRate',
      words: ['关键任务完成率', '任务完成率', '完成率', 'Completion rate', 'Completion'],
    },
    { key: 'completed', words: ['完成数', 'Completed'] },
    { key: 'scope', words: ['任务数', 'In scope', 'Scope'] },
    {
      key: 'delayed',
      words: ['延期任务及原因', '延期任务', 'Delayed tasks and reasons', 'Delayed tasks'],
    },
    {
      key: 'collaborationProblems',
      words: ['跨部门协作问题', '协作问题', 'Collaboration problems'],
    },
    { key: 'measures', words: ['优化措施', '改进措施', 'Improvement measures', 'Measures'] },
    {
      key: 'nextFocus',
      words: ['下月重点改进方向', '下月重点', 'Focus next month', 'Next month focus'],
    },
    { key: 'updated', words: ['更新时间', 'Updated', 'Last updated'] },
  ],
};
