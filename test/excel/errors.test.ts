/** Office errors become typed OpsErrors with a message and a next step in both languages. */
import { OpsError, type OpsErrorCode } from '../../src/excel';
import { toOpsError } from '../../src/excel/errors';
import type { FakeErrorCode } from '../fake-excel';
import { setUp } from './helpers';

const CASES: readonly [FakeErrorCode, OpsErrorCode][] = [
  ['ItemNotFound', 'itemNotFound'],
  ['InvalidArgument', 'invalidArgument'],
  ['ApiNotFound', 'apiNotFound'],
  ['InvalidOperationInCellEditMode', 'cellEditMode'],
  ['AccessDenied', 'accessDenied'],
  ['RequestPayloadSizeLimitExceeded', 'payloadTooLarge'],
  ['ResponsePayloadSizeLimitExceeded', 'payloadTooLarge'],
];

describe('gateway errors', () => {
  it.each(CASES)(
    '%s becomes a typed %s error with zh-CN and en-US text',
    async (officeCode, code) => {
      const { fake, ops } = setUp();
      fake.failNext(officeCode);
      const error: unknown = await ops.insertTemplate('tracker', 'zh-CN').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OpsError);
      const opsError = error as OpsError;
      expect(opsError.code).toBe(code);
      expect(opsError.cause).toMatchObject({ code: officeCode });
      for (const locale of ['zh-CN', 'en-US'] as const) {
        expect(opsError.userMessage(locale)).not.toMatch(/\{\w+\}/);
        expect(opsError.nextStep(locale).length).toBeGreaterThan(10);
      }
      expect(opsError.userMessage('zh-CN')).not.toBe(opsError.userMessage('en-US'));
      expect(fake.workbook.sheets).toHaveLength(0);
    },
  );

  it('names the requirement set when Excel is too old, before touching the workbook', async () => {
    const { fake, ops } = setUp({ host: { isSetSupported: () => false } });
    const error = (await ops
      .checkWorkbook({ locale: 'zh-CN' })
      .catch((e: unknown) => e)) as OpsError;
    expect(error.code).toBe('apiNotFound');
    expect(error.userMessage('zh-CN')).toContain('需要 ExcelApi 1.8');
    expect(error.userMessage('en-US')).toContain('ExcelApi 1.8');
    expect(fake.stats.syncs).toBe(0);
  });

  it('retries a GeneralException once, then reports it', async () => {
    const once = setUp();
    once.fake.failNext('GeneralException');
    await expect(once.ops.insertTemplate('tracker', 'en-US')).resolves.toMatchObject({
      kind: 'tracker',
    });
    expect(once.fake.workbook.sheets).toHaveLength(1);

    const twice = setUp();
    twice.fake.failNext('GeneralException', 2);
    await expect(twice.ops.insertTemplate('tracker', 'en-US')).rejects.toMatchObject({
      code: 'generalException',
    });
  });

  it('waits while the user is editing a cell, then inserts', async () => {
    const { fake, ops } = setUp();
    fake.startCellEdit();
    const inserting = ops.insertTemplate('collab', 'zh-CN');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.workbook.sheets).toHaveLength(0);
    fake.finishCellEdit();
    await expect(inserting).resolves.toMatchObject({ kind: 'collab' });
    expect(fake.workbook.sheets).toHaveLength(1);
  });

  it('a batch that did not ask to wait fails in cell-edit mode (what delayForCellEdit avoids)', async () => {
    const { fake } = setUp();
    fake.startCellEdit();
    await expect(fake.run((context) => context.sync())).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
  });

  it('refuses to recalculate on a protected review sheet before writing anything', async () => {
    const { fake, ops } = setUp();
    await ops.insertTemplate('review', 'zh-CN');
    fake.workbook.sheets[0]!.isProtected = true;
    const before = fake.workbook.snapshot();
    const error = (await ops
      .recalculateReview('2023-07', { locale: 'zh-CN', today: '2023-07-20' })
      .catch((e: unknown) => e)) as OpsError;
    expect(error.code).toBe('accessDenied');
    expect(error.nextStep('zh-CN')).toContain('撤消工作表保护');
    expect(error.nextStep('en-US')).toContain('Unprotect Sheet');
    expect(fake.workbook.snapshot()).toEqual(before);
  });

  it('says so when the workbook structure is protected and no sheet can be added', async () => {
    const { fake, ops } = setUp();
    fake.workbook.structureProtected = true;
    await expect(ops.insertTemplate('tracker', 'zh-CN')).rejects.toMatchObject({
      code: 'workbookProtected',
    });
    const error = (await ops
      .recalculateReview('2023-07', { locale: 'en-US', today: '2023-07-20' })
      .catch((e: unknown) => e)) as OpsError;
    expect(error.code).toBe('workbookProtected');
    expect(error.nextStep('en-US')).toContain('Protect Workbook');
    expect(error.nextStep('zh-CN')).toContain('保护工作簿');
    expect(fake.workbook.sheets).toHaveLength(0);
  });

  it('reports a write refused by Excel itself as access denied', async () => {
    const { fake, ops } = setUp();
    fake.failNext('AccessDenied');
    const error = (await ops.selectCell('Any', 'A1').catch((e: unknown) => e)) as OpsError;
    expect(error.code).toBe('accessDenied');
  });

  it('never swallows an unknown error', () => {
    const error = toOpsError(new TypeError('boom'));
    expect(error.code).toBe('unknown');
    expect(error.userMessage('en-US')).toContain('boom');
    expect(toOpsError(error)).toBe(error);
  });
});
