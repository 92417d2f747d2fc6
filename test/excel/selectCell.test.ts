/** Clicking an issue selects its cell. */
import { seedTeamTracker, setUp } from './helpers';

describe('selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const { fake, ops } = setUp();
    fake.workbook.addSheet('Other');
    seedTeamTracker(fake);
    fake.workbook.activeSheet = fake.workbook.sheetNamed('Other');
    await ops.selectCell('运营任务', 'G5');
    expect(fake.workbook.activeSheet?.name).toBe('运营任务');
    expect(fake.workbook.snapshot().selection).toBe('运营任务!G5');
  });

  it('reports a sheet that has gone as a typed error', async () => {
    const { ops } = setUp();
    await expect(ops.selectCell('Gone', 'A1')).rejects.toMatchObject({
      name: 'OpsError',
      code: 'itemNotFound',
    });
  });
});
