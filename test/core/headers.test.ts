/** SPEC §4 header binding and template recognition. */
import { recogniseGrid } from '../../src/core';
import { bindGrid, HEADER_SEARCH_ROWS } from '../../src/core/headers/bind';
import { HANDBOOK_COLLAB_HEADERS } from '../fixtures/handbook';
import { grid, headers } from './grids';

const bound = (cells: unknown[][]) => {
  const binding = bindGrid(grid('S', cells));
  return binding ? Object.fromEntries(binding.columns) : null;
};

describe('header binding', () => {
  it('our own headers bind in both languages', () => {
    expect(recogniseGrid(grid('S', [headers('tracker', 'zh-CN')]))).toEqual({
      kind: 'tracker',
      headerRowIndex: 0,
    });
    expect(recogniseGrid(grid('S', [headers('tracker', 'en-US')]))).toEqual({
      kind: 'tracker',
      headerRowIndex: 0,
    });
    expect(recogniseGrid(grid('S', [headers('collab', 'zh-CN')]))).toEqual({
      kind: 'collab',
      headerRowIndex: 0,
    });
    expect(recogniseGrid(grid('S', [headers('collab', 'en-US')]))).toEqual({
      kind: 'collab',
      headerRowIndex: 0,
    });
  });

  it('the review sheet is recognised (period + completion rate) but is not a tracker', () => {
    expect(recogniseGrid(grid('S', [headers('review', 'zh-CN')]))).toEqual({
      kind: 'review',
      headerRowIndex: 0,
    });
    expect(recogniseGrid(grid('S', [headers('review', 'en-US')]))).toEqual({
      kind: 'review',
      headerRowIndex: 0,
    });
  });

  it('a title row above the header (often merged) is skipped', () => {
    const cells = [['日常运营任务跟踪表', null, null], [], headers('tracker')];
    expect(recogniseGrid(grid('S', cells))).toEqual({ kind: 'tracker', headerRowIndex: 2 });
  });

  it('the header row is searched for in a bounded number of rows (issue 15: past row 10)', () => {
    const title = Array.from({ length: HEADER_SEARCH_ROWS }, () => ['运营任务跟踪表']);
    const last = title.slice(0, HEADER_SEARCH_ROWS - 1);
    expect(recogniseGrid(grid('S', [...last, headers('tracker')]))).not.toBeNull();
    expect(recogniseGrid(grid('S', [...title, headers('tracker')]))).toBeNull();
  });

  it('the header must bind at least three fields including the name and a due date', () => {
    expect(recogniseGrid(grid('S', [['任务名称', '截止日期']]))).toBeNull();
    expect(recogniseGrid(grid('S', [['任务名称', '负责人', '状态']]))).toBeNull();
    expect(recogniseGrid(grid('S', [['任务名称', '负责人', '截止日期']]))).toEqual({
      kind: 'tracker',
      headerRowIndex: 0,
    });
  });

  it('synonyms bind: 责任人/执行人/Owner/Assignee, 截止时间/完成时限/计划完成时间/Deadline, 状态/Status, Remarks', () => {
    expect(bound([['任务', '责任人', '完成时限', '状态', '备注']])).toEqual({
      name: 0,
      owner: 1,
      due: 2,
      status: 3,
      notes: 4,
    });
    expect(bound([['Task name', 'Assignee', 'Deadline', 'Status', 'Remarks']])).toEqual({
      name: 0,
      owner: 1,
      due: 2,
      status: 3,
      notes: 4,
    });
    expect(bound([['任务名称', '执行人', '计划完成时间']])).toEqual({ name: 0, owner: 1, due: 2 });
    expect(bound([['任务名称', 'Owner', '截止时间']])).toEqual({ name: 0, owner: 1, due: 2 });
  });

  it('Traditional Chinese headers bind (任務名稱, 負責人, 狀態, 部門)', () => {
    expect(bound([['任務名稱', '負責人', '截止日期', '狀態', '部門']])).toEqual({
      name: 0,
      owner: 1,
      due: 2,
      status: 3,
      department: 4,
    });
  });

  it('matching ignores case, spaces and full/half width', () => {
    expect(bound([['TASK  NAME', ' owner ', 'ＤＵＥ ＤＡＴＥ', '备注（风险/支持需求）']])).toEqual({
      name: 0,
      owner: 1,
      due: 2,
      notes: 3,
    });
  });

  it('备注… with any detail binds to notes', () => {
    expect(bound([['任务名称', '截止日期', '负责人', '备注(风险)']])).toMatchObject({ notes: 3 });
    expect(bound([['任务名称', '截止日期', '负责人', 'Notes / risks']])).toMatchObject({
      notes: 3,
    });
  });

  it('起止时间 / 起止日期 / Period bind to both start and due', () => {
    for (const header of ['起止时间', '起止日期', 'Period', 'Duration']) {
      const binding = bindGrid(grid('S', [['任务名称', '负责人', header]]));
      expect(binding).toMatchObject({ kind: 'tracker', rangeColumn: 2 });
    }
  });

  it('unknown columns are kept and ignored', () => {
    expect(bound([['序号', '任务名称', '负责人', '截止日期', '随便写写']])).toEqual({
      name: 1,
      owner: 2,
      due: 3,
    });
  });

  it('a collaboration log is recognised by its own fields', () => {
    const cells = [[...HANDBOOK_COLLAB_HEADERS]];
    expect(recogniseGrid(grid('S', cells))).toEqual({ kind: 'collab', headerRowIndex: 0 });
  });

  it('one of our tables is bound as the kind its name says, else as what its headers fit', () => {
    const mixed = grid(
      'S',
      [[...headers('tracker'), ...headers('collab')]],
      undefined,
      'OpsCollab2',
    );
    expect(recogniseGrid(mixed)).toEqual({ kind: 'collab', headerRowIndex: 0 });
    const renamed = grid('S', [headers('tracker')], undefined, 'OpsCollab2');
    expect(recogniseGrid(renamed)).toEqual({ kind: 'tracker', headerRowIndex: 0 });
    expect(recogniseGrid(grid('S', [headers('review')], undefined, 'OpsReview'))).toEqual({
      kind: 'review',
      headerRowIndex: 0,
    });
  });

  it('a grid that is none of ours is not recognised', () => {
    expect(
      recogniseGrid(
        grid('S', [
          ['a', 'b'],
          [1, 2],
        ]),
      ),
    ).toBeNull();
    expect(recogniseGrid(grid('S', []))).toBeNull();
  });
});
