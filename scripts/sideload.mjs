// Registers manifest.xml with desktop Excel the way Office documents for
// development sideloading: a registry value on Windows, the `wef` folder on
// macOS. We do it ourselves because office-addin-debugging pulls a native
// keychain module that does not build everywhere. Linux has no desktop Excel.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { homedir } from 'node:os';
import path from 'node:path';

const WINDOWS_KEY = 'HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer';
const MAC_WEF = path.join(homedir(), 'Library/Containers/com.microsoft.Excel/Data/Documents/wef');
const MANIFEST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'manifest.xml');
const ADDIN_ID = /<Id>([^<]+)<\/Id>/.exec(readFileSync(MANIFEST, 'utf8'))[1];

/** @returns {boolean} true when desktop Excel was told about the add-in. */
export function sideloadDesktop(manifestPath) {
  if (process.platform === 'win32') {
    execFileSync('reg', ['add', WINDOWS_KEY, '/v', ADDIN_ID, '/t', 'REG_SZ', '/d', manifestPath, '/f'], { stdio: 'ignore' });
    spawn('cmd', ['/c', 'start', 'excel'], { detached: true, stdio: 'ignore' }).unref();
    return true;
  }
  if (process.platform === 'darwin') {
    mkdirSync(MAC_WEF, { recursive: true });
    copyFileSync(manifestPath, path.join(MAC_WEF, `${ADDIN_ID}.manifest.xml`));
    spawn('open', ['-a', 'Microsoft Excel'], { detached: true, stdio: 'ignore' }).unref();
    return true;
  }
  return false;
}

export function unloadDesktop() {
  if (process.platform === 'win32') {
    try {
      execFileSync('reg', ['delete', WINDOWS_KEY, '/v', ADDIN_ID, '/f'], { stdio: 'ignore' });
    } catch {
      // Not registered: nothing to undo.
    }
  } else if (process.platform === 'darwin') {
    const file = path.join(MAC_WEF, `${ADDIN_ID}.manifest.xml`);
    if (existsSync(file)) rmSync(file);
  }
}
