/**
 * SPEC §11.5 columns of the document approvals (文件审批申请表, table
 * OpsApprovals), in insert order: the application, then an opinion and a date
 * per level in chain order.
 */
import { personColumn } from '../columns';
import { DATE, TEXT } from '../formats';
import type { Choice, ColumnDecl } from '../module';
import { ARCHIVE_NUMBER_FORM } from './archiveNumber';
import { LEVEL_ORDER, type ApprovalLevel } from './levels';
import { addWorkingDaysFormula } from '../../calendar';
import { levelDeadlineFormula } from './highlight';
import { dateKey, deadlineKey, opinionKey, OPINIONS_KEY } from './levelColumns';
import type { ApprovalIssueCode } from './messages';
import { checkArchiveYear, checkChain } from './rules';

const DOCUMENT_TYPES: Choice<'policy' | 'contract' | 'expense' | 'other'> = {
  values: ['policy', 'contract', 'expense', 'other'],
  labels: {
    'zh-CN': { policy: '制度', contract: '合同', expense: '费用报销', other: '其他' },
    'en-US': { policy: 'Policy', contract: 'Contract', expense: 'Expense claim', other: 'Other' },
  },
  words: {
    规章制度: 'policy',
    管理制度: 'policy',
    合同协议: 'contract',
    协议: 'contract',
    报销: 'expense',
    费用: 'expense',
    其它: 'other',
    Regulation: 'policy',
    Agreement: 'contract',
    Expense: 'expense',
    Expenses: 'expense',
  },
};

const LEVEL_HEADERS: Readonly<
  Record<
    ApprovalLevel,
    { zh: string; en: string; zhWords: readonly string[]; enWords: readonly string[] }
  >
> = {
  departmentHead: {
    zh: '部门负责人',
    en: 'Department head',
    zhWords: ['部门经理', '部门主管', '部门领导', '部门'],
    enWords: ['Dept head', 'Dept. head', 'Head of department'],
  },
  divisionLead: {
    zh: '分管领导',
    en: 'Division lead',
    zhWords: ['分管副总', '主管领导', '分管负责人'],
    enWords: ['Deputy general manager', 'VP'],
  },
  generalManager: {
    zh: '总经理',
    en: 'General manager',
    zhWords: ['总裁', '总经办'],
    enWords: ['GM', 'CEO'],
  },
};

function levelColumns(level: ApprovalLevel): ColumnDecl<ApprovalIssueCode>[] {
  const { zh, en, zhWords, enWords } = LEVEL_HEADERS[level];
  const deadline: ColumnDecl<ApprovalIssueCode> = {
    key: deadlineKey(level),
    header: { 'zh-CN': `${zh}审批期限`, 'en-US': `${en} deadline` },
    type: 'date',
    required: false,
    width: 13,
    numberFormat: DATE,
    formula: ({ ref }) => levelDeadlineFormula(level, ref, addWorkingDaysFormula),
    synonyms: { words: [`${zh}期限`, `${en} due`] },
  };
  return [
    {
      key: opinionKey(level),
      header: { 'zh-CN': `${zh}意见`, 'en-US': `${en} opinion` },
      type: 'text',
      required: false,
      width: 18,
      numberFormat: TEXT,
      synonyms: {
        words: [
          `${zh}审批意见`,
          ...zhWords.map((word) => `${word}意见`),
          `${en} comments`,
          ...enWords.map((word) => `${word} opinion`),
        ],
      },
    },
    {
      key: dateKey(level),
      header: { 'zh-CN': `${zh}审批日期`, 'en-US': `${en} date` },
      type: 'date',
      required: false,
      width: 13,
      numberFormat: DATE,
      synonyms: {
        words: [
          `${zh}审批时间`,
          `${zh}日期`,
          ...zhWords.flatMap((word) => [`${word}审批日期`, `${word}审批时间`]),
          `${en} decided on`,
          ...enWords.map((word) => `${word} date`),
        ],
      },
    },
    deadline,
  ];
}

export const APPROVAL_COLUMNS: readonly ColumnDecl<ApprovalIssueCode>[] = [
  {
    key: 'id',
    header: { 'zh-CN': '审批编号', 'en-US': 'Archive no.' },
    type: 'id',
    required: false,
    width: 15,
    numberFormat: TEXT,
    idFormat: ARCHIVE_NUMBER_FORM,
    invalid: { code: 'archive-number-format', severity: 'warning' },
    synonyms: {
      words: ['归档编号', '档案编号', '文件编号', '编号', 'Archive number', 'Ref', 'No.'],
    },
  },
  {
    key: 'document',
    header: { 'zh-CN': '文件名称', 'en-US': 'Document' },
    type: 'text',
    required: true,
    width: 22,
    numberFormat: TEXT,
    blank: { code: 'missing-name', severity: 'error' },
    synonyms: {
      words: ['文件', '文件名', '审批事项', '申请事项', 'Document name', 'Title', 'Subject'],
    },
  },
  {
    key: 'type',
    header: { 'zh-CN': '文件类型', 'en-US': 'Type' },
    type: 'choice',
    required: false,
    width: 11,
    numberFormat: TEXT,
    choice: DOCUMENT_TYPES,
    synonyms: { words: ['类型', '类别', '文件类别', 'Document type', 'Category'] },
  },
  personColumn({
    key: 'applicant',
    header: { 'zh-CN': '申请人', 'en-US': 'Applicant' },
    width: 10,
    synonyms: { words: ['申请者', '提交人', '经办人', 'Requester', 'Submitted by'] },
  }),
  {
    key: 'submitted',
    header: { 'zh-CN': '申请日期', 'en-US': 'Submitted on' },
    type: 'date',
    required: true,
    width: 12,
    numberFormat: DATE,
    check: checkArchiveYear,
    synonyms: {
      words: ['申请时间', '提交日期', '提交时间', 'Submitted', 'Submission date', 'Date'],
    },
  },
  {
    key: 'chain',
    header: { 'zh-CN': '审批层级', 'en-US': 'Chain' },
    type: 'text',
    required: false,
    width: 24,
    numberFormat: TEXT,
    check: checkChain,
    synonyms: {
      words: ['审批流程', '审批链', '审批级别', '层级', 'Approval chain', 'Levels', 'Workflow'],
    },
  },
  ...LEVEL_ORDER.flatMap(levelColumns),
  {
    key: 'notes',
    header: { 'zh-CN': '备注', 'en-US': 'Notes' },
    type: 'text',
    required: false,
    width: 20,
    numberFormat: TEXT,
    synonyms: { words: ['说明'], prefixes: ['备注', 'notes', 'remarks', 'comments'] },
  },
  {
    // A team's single 审批意见栏 cell (`部门负责人：同意；分管领导：需补充差旅费标准`), last so that
    // it shifts none of the inserted columns.
    key: OPINIONS_KEY,
    header: { 'zh-CN': '审批意见栏', 'en-US': 'Approval opinions' },
    type: 'text',
    required: false,
    width: 30,
    numberFormat: TEXT,
    inserted: false,
    synonyms: { words: ['审批意见', '意见栏', '审批记录', 'Opinions', 'Approval comments'] },
  },
];
