/** @jest-environment jsdom */
/** The function file page: the Office start-up handshake, its functions, and the notice it turns into. */
import { readFileSync } from 'fs';
import path from 'path';
import { LATEST_NOTICE_KEY, type Notice } from '../../src/host/notice';
import { createFakeExcel, installFakeOffice, type FakeOffice } from '../fake-excel';

jest.mock('../../src/excel', () => ({ createOpsWorkbook: jest.fn() }));

const NOTICE: Notice = {
  locale: 'en-US',
  title: 'Check finished',
  body: 'No problems found.',
  hint: 'Close this window to carry on.',
};

let office: FakeOffice | undefined;

async function loadFunctionFile(search: string): Promise<FakeOffice> {
  office = installFakeOffice(createFakeExcel());
  window.history.replaceState(null, '', `/commands.html${search}`);
  await jest.isolateModulesAsync(async () => {
    await import('../../src/commands/commands');
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return office;
}

afterEach(() => {
  office?.uninstall();
  document.body.replaceChildren();
});

describe('function file', () => {
  it('completes the Office start-up handshake at load, so desktop Office dispatches its commands', async () => {
    const loaded = await loadFunctionFile('');
    expect(loaded.ready).toBe(true);
  });

  it('registers the three ribbon functions named in the manifest', async () => {
    const { actions } = await loadFunctionFile('');
    const manifest = readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8');
    const inManifest = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map(
      (match) => match[1],
    );
    expect(inManifest).toHaveLength(3);
    expect([...actions.keys()].sort()).toEqual(inManifest.sort());
    for (const handler of actions.values()) expect(typeof handler).toBe('function');
  });

  it('is the notice dialog when opened with a notice, and follows a later notice', async () => {
    const { actions } = await loadFunctionFile(
      `?notice=${encodeURIComponent(JSON.stringify(NOTICE))}`,
    );
    expect(actions.size).toBe(0);
    expect(document.querySelector('h1')?.textContent).toBe('Check finished');
    expect(document.querySelector('button')).toBeNull();
    const later = { ...NOTICE, title: 'Templates inserted', body: 'Inserted 3 sheets.' };
    window.dispatchEvent(
      new StorageEvent('storage', { key: LATEST_NOTICE_KEY, newValue: JSON.stringify(later) }),
    );
    expect(document.querySelector('h1')?.textContent).toBe('Templates inserted');
    window.dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: '{}' }));
    expect(document.querySelector('p')?.textContent).toBe('Inserted 3 sheets.');
  });
});
