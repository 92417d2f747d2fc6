// `npm stop`: stop the dev server started by `npm start` and remove the
// desktop sideload registration.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unloadDesktop } from './sideload.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pidFile = path.join(root, '.dev-server.pid');

unloadDesktop();
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, 'utf8'));
  try {
    process.kill(pid, 'SIGTERM');
    console.log(`Stopped the dev server (pid ${pid}).`);
  } catch {
    console.log('The dev server was not running.');
  }
  rmSync(pidFile);
} else {
  console.log('No dev server started by `npm start` is running.');
}
