/** SPEC §11.3: project milestones (项目进度跟踪表, table OpsMilestones). */
import { defineTemplate } from '../module';
import { MILESTONE_COLUMNS } from './columns';
import { milestoneFacts, milestoneHighlights } from './facts';
import type { MilestoneRecord } from './record';
import { MILESTONES_REVIEW } from './reviewSection';
import { MILESTONE_SAMPLE } from './sample';
import { isBlankCell } from '../../values/cell';

export const MILESTONES = defineTemplate({
  kind: 'milestones',
  tableName: 'OpsMilestones',
  sheetName: { 'zh-CN': '项目进度跟踪表', 'en-US': 'Project Milestones' },
  purpose: {
    'zh-CN': '项目里程碑：计划与实际完成时间，进度偏差实时计算（延期N天 / 提前N天 / 按期）',
    'en-US': 'Project milestones with planned and actual dates; the deviation is a live formula',
  },
  group: 'projects',
  columns: MILESTONE_COLUMNS,
  recognition: { required: ['milestone', 'planned'] },
  reading: {
    dueSoonField: 'planned',
    record: (row): MilestoneRecord => ({
      sheet: row.sheet,
      row: row.row,
      project: row.values.text('project'),
      milestone: row.values.text('milestone'),
      planned: row.values.date('planned'),
      actual: row.values.date('actual'),
      done: !isBlankCell(row.cell('actual')),
      owner: row.values.person('owner'),
      risks: row.values.text('risks'),
    }),
  },
  facts: milestoneFacts,
  highlights: milestoneHighlights,
  sample: MILESTONE_SAMPLE,
  review: MILESTONES_REVIEW,
});
