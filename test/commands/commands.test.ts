/** @jest-environment jsdom */
import { readFileSync } from 'fs';
import path from 'path';

jest.mock('../../src/excel', () => ({ createOpsWorkbook: jest.fn() }));

type Ready = () => void;

async function loadFunctionFile(search: string) {
  let ready: Ready = () => undefined;
  const associate = jest.fn();
  (globalThis as { Office?: unknown }).Office = {
    onReady: (callback: Ready) => {
      ready = callback;
      return Promise.resolve({ host: 'Excel', platform: 'PC' });
    },
    actions: { associate },
    context: { ui: { messageParent: jest.fn() } },
  };
  window.history.replaceState(null, '', `/commands.html${search}`);
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
  });
  ready();
  return { associate };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  document.body.replaceChildren();
});

describe('function file', () => {
  it('registers the three ribbon functions named in the manifest', async () => {
    const { associate } = await loadFunctionFile('');
    const manifest = readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8');
    const inManifest = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map(
      (match) => match[1],
    );
    expect(inManifest).toHaveLength(3);
    expect(associate.mock.calls.map(([name]) => name).sort()).toEqual(inManifest.sort());
    for (const [, handler] of associate.mock.calls) expect(typeof handler).toBe('function');
  });

  it('is the notice dialog when opened with a notice', async () => {
    const notice = {
      locale: 'en-US',
      title: 'Check finished',
      body: 'No problems found.',
      ok: 'OK',
    };
    const { associate } = await loadFunctionFile(
      `?notice=${encodeURIComponent(JSON.stringify(notice))}`,
    );
    expect(associate).not.toHaveBeenCalled();
    expect(document.querySelector('h1')?.textContent).toBe('Check finished');
    document.querySelector('button')?.click();
    const office = (
      globalThis as unknown as { Office: { context: { ui: { messageParent: jest.Mock } } } }
    ).Office;
    expect(office.context.ui.messageParent).toHaveBeenCalledWith('closed');
  });
});
