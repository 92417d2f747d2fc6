/** SPEC §11.7: the RACI matrix (项目责任矩阵, table OpsRaci), roles as columns the team names. */
import { HIGHLIGHT_FILLS } from '../../plan';
import { defineTemplate } from '../module';
import { bindRaci, RACI_TABLE } from './binder';
import { INSERTED_ROLES, RACI_COLUMNS } from './columns';
import { withoutOneAccountableFormula } from './formulas';
import { RACI_ISSUES } from './messages';
import { readRaci } from './record';

const [FIRST_ROLE = 'role1'] = INSERTED_ROLES;
const LAST_ROLE = INSERTED_ROLES[INSERTED_ROLES.length - 1] ?? FIRST_ROLE;

export const RACI = defineTemplate({
  kind: 'raci',
  tableName: RACI_TABLE,
  sheetName: { 'zh-CN': '项目责任矩阵', 'en-US': 'RACI Matrix' },
  purpose: {
    'zh-CN': '每项任务谁负责（R）、谁审批（A）、咨询谁（C）、知会谁（I）；角色列可改名、可增减',
    'en-US':
      'Who is Responsible, Accountable, Consulted and Informed for each task; rename, add or remove role columns',
  },
  group: 'projects',
  columns: RACI_COLUMNS,
  binder: bindRaci,
  issues: RACI_ISSUES,
  reading: { record: readRaci },
  facts: (record) => ({ accountabilityGap: record.task !== '' && record.accountable !== 1 }),
  highlights: ({ ref, lastColumn }) => [
    {
      kind: 'accountabilityGap',
      firstColumn: 0,
      lastColumn,
      formula: withoutOneAccountableFormula(ref('task'), `${ref(FIRST_ROLE)}:${ref(LAST_ROLE)}`),
      fill: HIGHLIGHT_FILLS.accountabilityGap,
      priority: 1,
    },
  ],
  sample: {
    'zh-CN': [
      { task: '活动策划', role1: 'R', role2: 'A', role3: 'C', role4: 'I' },
      { task: '活动预算审批', role1: 'C', role2: 'A/R', role3: 'I', role4: 'I' },
      { task: '产品宣传物料', role1: 'A', role2: 'I', role3: 'R', role4: 'I' },
    ],
    'en-US': [
      { task: 'Event planning', role1: 'R', role2: 'A', role3: 'C', role4: 'I' },
      { task: 'Event budget approval', role1: 'C', role2: 'A/R', role3: 'I', role4: 'I' },
      { task: 'Product promotion material', role1: 'A', role2: 'I', role3: 'R', role4: 'I' },
    ],
  },
});
