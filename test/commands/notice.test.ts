/** @jest-environment jsdom */
import { noticeFromSearch, noticeUrl, showNotice, type Notice } from '../../src/host/notice';
import { renderNotice } from '../../src/commands/noticePage';

const NOTICE: Notice = {
  locale: 'zh-CN',
  title: '检查完成',
  body: '<img src=x onerror=alert(1)> 发现 1 个错误',
  ok: '确定',
};

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

  it('renders as text, never HTML, and the button closes it', () => {
    const onClose = jest.fn();
    renderNotice(document, NOTICE, onClose);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('p')?.textContent).toBe(NOTICE.body);
    expect(document.querySelector('h1')?.textContent).toBe('检查完成');
    expect(document.documentElement.lang).toBe('zh-CN');
    const ok = document.querySelector('button');
    expect(document.activeElement).toBe(ok);
    ok?.click();
    expect(onClose).toHaveBeenCalled();
  });
});

describe('showNotice', () => {
  type Handler = (arg: unknown) => void;
  function fakeOffice(supported: readonly string[]) {
    const handlers = new Map<string, Handler>();
    const dialog = {
      addEventHandler: (type: string, handler: Handler) => handlers.set(type, handler),
      close: jest.fn(),
    };
    const office = {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: {
        DialogMessageReceived: 'dialogMessageReceived',
        DialogEventReceived: 'dialogEventReceived',
      },
      addin: { showAsTaskpane: jest.fn(async () => undefined) },
      context: {
        requirements: { isSetSupported: (name: string) => supported.includes(name) },
        ui: {
          displayDialogAsync: jest.fn(
            (_url: string, _options: unknown, callback: (result: unknown) => void) =>
              callback({ status: 'succeeded', value: dialog }),
          ),
        },
      },
    };
    (globalThis as { Office?: unknown }).Office = office;
    return { office, dialog, handlers };
  }

  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('opens the notice dialog and resolves when the user presses OK', async () => {
    const { office, dialog, handlers } = fakeOffice(['DialogApi']);
    const shown = showNotice(NOTICE, 'https://localhost:3000/commands.html');
    expect(office.context.ui.displayDialogAsync.mock.calls[0]?.[0]).toContain(
      'commands.html?notice=',
    );
    expect(office.addin.showAsTaskpane).not.toHaveBeenCalled();
    handlers.get('dialogMessageReceived')?.({ message: 'closed' });
    await shown;
    expect(dialog.close).toHaveBeenCalled();
  });

  it('resolves when the user closes the dialog itself', async () => {
    const { handlers } = fakeOffice(['DialogApi']);
    const shown = showNotice(NOTICE, 'https://localhost:3000/commands.html');
    handlers.get('dialogEventReceived')?.({ error: 12006 });
    await expect(shown).resolves.toBeUndefined();
  });

  it('shows the pane first where the shared runtime allows it', async () => {
    const { office } = fakeOffice(['SharedRuntime']);
    await showNotice(NOTICE, 'https://localhost:3000/commands.html');
    expect(office.addin.showAsTaskpane).toHaveBeenCalled();
    expect(office.context.ui.displayDialogAsync).not.toHaveBeenCalled();
  });

  it('rejects when the dialog cannot open', async () => {
    const { office } = fakeOffice(['DialogApi']);
    office.context.ui.displayDialogAsync.mockImplementationOnce((_url, _options, callback) =>
      callback({ status: 'failed', error: { message: 'A dialog is already open.' } }),
    );
    await expect(showNotice(NOTICE, 'https://localhost:3000/commands.html')).rejects.toThrow(
      'A dialog is already open.',
    );
  });
});
