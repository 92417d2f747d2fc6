/** Header words several templates share (Simplified + English; Traditional folds through the match key). */

export const STATUS_HEADERS = [
  '当前状态',
  '状态',
  '处理状态',
  '任务状态',
  '进度状态',
  '完成状态',
  'Status',
  'State',
  'Current status',
  'Task status',
];

export const COMPLETED_HEADERS = [
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
  // Project plans and issue logs: the actual finish, the day an issue was closed or resolved.
  'Actual finish',
  'Actual finish date',
  'Actual end',
  'Actual end date',
  'Closed on',
  'Date closed',
  'Resolved on',
  'Date resolved',
  '实际结束时间',
  '实际结束日期',
  '解决时间',
  '解决日期',
  '关闭时间',
  '关闭日期',
];

export const ID_HEADERS = ['编号', 'ID', 'No.', 'Ref', 'Ref.'];
