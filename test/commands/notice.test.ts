/** @jest-environment jsdom */
import { renderNotice } from '../../src/commands/noticePage';
import {
  LATEST_NOTICE_KEY,
  noticeFromSearch,
  noticeUrl,
  showNotice,
  type Notice,
} from '../../src/host/notice';
import { memoryStorage } from '../../src/host/userStorage';
import { createFakeExcel, installFakeOffice, type FakeOffice } from '../fake-excel';

const NOTICE: Notice = {
  locale: 'zh-CN',
  title: '检查完成',
  body: '<img src=x onerror=alert(1)> 发现 1 个错误',
  hint: '关闭此窗口即可继续。',
};
const PAGE = 'https://localhost:3000/commands.html';
const QUICK = { attempts: 3, retryDelayMs: 5 };

describe('ribbon notice', () => {
  it('travels in the dialog URL and back', () => {
    const url = noticeUrl('https://localhost:3000/commands.html?_host_Info=Excel#x', NOTICE);
    expect(url.startsWith('https://localhost:3000/commands.html?notice=')).toBe(true);
    expect(noticeFromSearch(new URL(url).search)).toEqual(NOTICE);
  });

  it('is absent from the ordinary function file, and damaged notices are ignored', () => {
    expect(noticeFromSearch('')).toBeNull();
    expect(noticeFromSearch('?notice=%7Bnot json')).toBeNull();
    expect(noticeFromSearch('?notice=' + encodeURIComponent('{"title":1}'))).toBeNull();
  });

  it('renders as text, never HTML, with no button that would need the ended function file', () => {
    renderNotice(document, NOTICE);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelectorAll('p')[0]?.textContent).toBe(NOTICE.body);
    expect(document.querySelector('h1')?.textContent).toBe('检查完成');
    expect(document.querySelector('.hint')?.textContent).toBe('关闭此窗口即可继续。');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.querySelector('button')).toBeNull();
  });
});

describe('showNotice over the fake Office', () => {
  let office: FakeOffice;
  afterEach(() => office.uninstall());

  it('resolves as soon as the dialog is open, before the user closes it', async () => {
    office = installFakeOffice(createFakeExcel());
    const storage = memoryStorage();
    await expect(showNotice(NOTICE, PAGE, storage, QUICK)).resolves.toBe('dialog');
    expect(office.document.dialog?.url).toContain('commands.html?notice=');
    expect(office.document.dialog?.options).toMatchObject({ displayInIframe: true });
    expect(storage.getItem(LATEST_NOTICE_KEY)).toBe(JSON.stringify(NOTICE));
  });

  it('one dialog at a time: a notice that finds one open (12007) goes to the open one', async () => {
    office = installFakeOffice(createFakeExcel());
    const storage = memoryStorage();
    await showNotice(NOTICE, PAGE, storage, QUICK);
    const second = { ...NOTICE, title: '模板已插入' };
    await expect(showNotice(second, PAGE, storage, QUICK)).resolves.toBe('open-dialog');
    expect(office.document.dialogs).toHaveLength(1);
    expect(storage.getItem(LATEST_NOTICE_KEY)).toBe(JSON.stringify(second));
  });

  it('opens a new dialog once the user closed the previous one', async () => {
    office = installFakeOffice(createFakeExcel());
    const storage = memoryStorage();
    await showNotice(NOTICE, PAGE, storage, QUICK);
    office.userClosesDialog();
    await expect(showNotice(NOTICE, PAGE, storage, QUICK)).resolves.toBe('dialog');
    expect(office.document.dialogs).toHaveLength(2);
  });

  it('says so where the host has no Dialog API', async () => {
    office = installFakeOffice(createFakeExcel(), { requirementSets: { ExcelApi: '1.8' } });
    await expect(showNotice(NOTICE, PAGE, memoryStorage(), QUICK)).resolves.toBe('no-dialog-api');
  });

  it('never calls showAsTaskpane: without a shared runtime Office rejects it', async () => {
    office = installFakeOffice(createFakeExcel(), {
      requirementSets: { ExcelApi: '1.8', DialogApi: '1.1', SharedRuntime: '1.1' },
    });
    await expect(Office.addin.showAsTaskpane()).rejects.toThrow(/shared runtime/);
    await showNotice(NOTICE, PAGE, memoryStorage(), QUICK);
    expect(office.shownAsTaskpane.count).toBe(0);
  });

  it('rejects with Office’s code when the dialog cannot open for another reason', async () => {
    office = installFakeOffice(createFakeExcel());
    const ui = Office.context.ui as unknown as { displayDialogAsync: unknown };
    ui.displayDialogAsync = (_url: string, _options: unknown, callback: (r: unknown) => void) =>
      callback({
        status: 'failed',
        error: { code: 12009, message: 'The user chose to ignore the dialog box.' },
      });
    await expect(showNotice(NOTICE, PAGE, memoryStorage(), QUICK)).rejects.toThrow(
      '12009: The user chose to ignore the dialog box.',
    );
  });
});
