// `npm start`: build and serve the add-in at https://localhost:3000, then
// sideload it into desktop Excel where there is one (Windows, macOS). Where
// there is none (Linux) it keeps serving and says how to use Excel on the web.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sideloadDesktop } from './sideload.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const manifest = path.join(root, 'manifest.xml');
const pidFile = path.join(root, '.dev-server.pid');

const server = spawn(process.execPath, [path.join(root, 'node_modules/webpack/bin/webpack.js'), 'serve', '--mode', 'development'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
writeFileSync(pidFile, String(server.pid));
server.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));

function isServing() {
  return new Promise((resolve) => {
    const request = https.get(
      { host: 'localhost', port, path: '/taskpane.html', rejectUnauthorized: false, timeout: 2000 },
      (response) => {
        response.resume();
        resolve(response.statusCode === 200);
      },
    );
    request.on('error', () => resolve(false));
    request.on('timeout', () => request.destroy());
  });
}

async function waitUntilServing(deadlineMs) {
  const end = Date.now() + deadlineMs;
  while (Date.now() < end) {
    if (await isServing()) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}

if (!(await waitUntilServing(180_000))) {
  console.error(`The dev server did not answer on https://localhost:${port} within 3 minutes.`);
  server.kill();
  process.exit(1);
}

const url = `https://localhost:${port}/taskpane.html`;
if (sideloadDesktop(manifest)) {
  console.log(`\nOps Workbook is served at ${url} and sideloaded into desktop Excel.`);
  console.log('Open Excel: the "Ops Workbook / 运营工作簿" group is on the Home tab. Stop with `npm stop`.\n');
} else {
  console.log(`
Ops Workbook is served at ${url} (no desktop Excel on this system).
To use it in Excel on the web:
  1. Open a workbook at https://www.office.com in a browser on this machine.
  2. Home → Add-ins → More add-ins → My Add-ins → Upload My Add-in.
  3. Choose ${manifest}.
  If the pane stays blank, open ${url} once in the same browser and trust the
  certificate (its CA is in ~/.office-addin-dev-certs/ca.crt).
Stop with Ctrl+C or \`npm stop\`.
`);
}
