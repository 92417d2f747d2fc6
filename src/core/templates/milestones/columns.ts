/** SPEC §11.3 columns of the project milestones (项目进度跟踪表, table OpsMilestones), in insert order. */
import { dueColumn, personColumn } from '../columns';
import { DATE, TEXT } from '../formats';
import type { ColumnDecl } from '../module';
import { deviationFormula } from './formula';
import { checkOwner } from './rules';

export const MILESTONE_COLUMNS: readonly ColumnDecl[] = [
  {
    key: 'project',
    header: { 'zh-CN': '项目名称', 'en-US': 'Project' },
    type: 'text',
    required: true,
    width: 18,
    numberFormat: TEXT,
    // The handbook writes the project once for its milestones, often as a merged cell.
    fillDown: 'always',
    synonyms: { words: ['项目', '项目名', 'Project name'] },
  },
  {
    key: 'milestone',
    header: { 'zh-CN': '里程碑节点', 'en-US': 'Milestone' },
    type: 'text',
    required: true,
    width: 16,
    numberFormat: TEXT,
    blank: { code: 'missing-name', severity: 'error' },
    synonyms: { words: ['里程碑', '节点', '关键节点', '阶段', 'Milestones', 'Stage', 'Phase'] },
  },
  dueColumn({
    key: 'planned',
    header: { 'zh-CN': '计划完成时间', 'en-US': 'Planned' },
    width: 13,
    synonyms: {
      words: [
        '计划完成日期',
        '计划时间',
        '计划日期',
        '截止日期',
        'Planned date',
        'Plan',
        'Due',
        'Due date',
        'Target date',
      ],
    },
  }),
  {
    key: 'actual',
    header: { 'zh-CN': '实际完成时间', 'en-US': 'Actual' },
    type: 'date',
    required: true,
    width: 13,
    numberFormat: DATE,
    synonyms: {
      words: [
        '实际完成日期',
        '完成时间',
        '完成日期',
        '实际时间',
        'Actual date',
        'Completed on',
        'Done on',
      ],
    },
  },
  {
    key: 'deviation',
    header: { 'zh-CN': '进度偏差', 'en-US': 'Deviation' },
    type: 'text',
    required: false,
    width: 14,
    // A formula in a cell formatted as text (@) would stay text and never compute.
    numberFormat: 'General',
    formula: deviationFormula,
    synonyms: { words: ['偏差', '进度偏差（天）', '延期情况', 'Variance', 'Slippage'] },
  },
  personColumn({
    key: 'owner',
    header: { 'zh-CN': '责任人', 'en-US': 'Owner' },
    width: 12,
    check: checkOwner,
    synonyms: { words: ['负责人', '执行人', 'Assignee', 'Responsible'] },
  }),
  {
    key: 'risks',
    header: { 'zh-CN': '风险说明', 'en-US': 'Risks' },
    type: 'text',
    required: false,
    width: 24,
    numberFormat: TEXT,
    synonyms: {
      words: ['风险', '风险描述', '说明', 'Risk', 'Issues'],
      prefixes: ['备注', 'notes', 'remarks'],
    },
  },
];
