/** @jest-environment jsdom */
import { existsSync, readFileSync } from 'fs';
import path from 'path';
import { checkManifest, type CheckName } from './manifestChecks';
import { schemasAvailable, SCHEMA_DIR, xsdErrors } from './xsd';

// The build helpers are plain CommonJS shared with webpack.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionBaseUrl, rewriteManifest } = require('../../scripts/manifest-urls');

const root = path.resolve(__dirname, '../..');
const devManifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const brokenManifest = readFileSync(path.join(__dirname, 'fixtures/broken-manifest.xml'), 'utf8');
const assets = path.join(root, 'assets');
const productionManifest: string = rewriteManifest(devManifest, productionBaseUrl({}));

describe('manifest.xml structure', () => {
  it('the dev manifest passes every structural check', () => {
    expect(checkManifest(devManifest, { siteRoot: assets, allowLocalhost: true })).toEqual([]);
  });

  it('the production manifest passes every check and has no localhost URL', () => {
    expect(productionManifest).not.toContain('localhost');
    expect(checkManifest(productionManifest, { siteRoot: assets, allowLocalhost: false })).toEqual(
      [],
    );
  });

  it('the dev manifest is not a production manifest (localhost is refused there)', () => {
    const problems = checkManifest(devManifest, { siteRoot: assets, allowLocalhost: false });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.check === 'https')).toBe(true);
  });

  it('requires ExcelApi 1.8 and ReadWriteDocument', () => {
    expect(devManifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\/>/);
    expect(devManifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  });

  it('wires the three ribbon functions to the function file', () => {
    for (const name of ['insertTemplates', 'checkSheet', 'recalculateReview']) {
      expect(devManifest).toContain(`<FunctionName>${name}</FunctionName>`);
    }
  });

  it('declares no shared runtime, so nothing may call showAsTaskpane (docs/runtime.md)', () => {
    expect(devManifest).not.toMatch(/<Runtimes>|SharedRuntime/);
    const sources = ['src/host/notice.ts', 'src/commands/ribbon.ts', 'src/commands/commands.ts'];
    for (const file of sources) {
      expect(readFileSync(path.join(root, file), 'utf8')).not.toContain('showAsTaskpane(');
    }
  });

  const everyCheck: CheckName[] = [
    'resid',
    'https',
    'icon-file',
    'icon-size',
    'short-string',
    'long-string',
    'id-guid',
    'version',
    'zh-CN-override',
    'placeholder-domain',
  ];
  it.each(everyCheck)('the broken fixture fails the %s check', (check) => {
    const problems = checkManifest(brokenManifest, { siteRoot: assets, allowLocalhost: true });
    expect(problems.filter((p) => p.check === check)).not.toHaveLength(0);
  });

  it('the production base URL must be https', () => {
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the insecure URL is the point of the test
    expect(() => productionBaseUrl({ ADDIN_PRODUCTION_URL: 'http://ops.example.cn/' })).toThrow(
      /https/,
    );
    expect(productionBaseUrl({ ADDIN_PRODUCTION_URL: 'https://ops.example.cn/addin' })).toBe(
      'https://ops.example.cn/addin/',
    );
  });
});

const xsd = schemasAvailable() ? describe : describe.skip;
if (!schemasAvailable()) {
  console.warn(`XSD tests skipped: ${SCHEMA_DIR} is absent (it sits beside the repository in CI).`);
}
xsd('manifest.xml against the Office XSDs', () => {
  it('the dev manifest is schema-valid', async () => {
    expect(await xsdErrors(devManifest)).toEqual([]);
  });

  it('the production manifest is schema-valid', async () => {
    expect(await xsdErrors(productionManifest)).toEqual([]);
  });

  it('the built dist/manifest.xml (when built) is schema-valid and production-ready', async () => {
    const built = path.join(root, 'dist/manifest.xml');
    if (!existsSync(built)) return;
    const xml = readFileSync(built, 'utf8');
    expect(await xsdErrors(xml)).toEqual([]);
    const allowLocalhost = xml.includes('https://localhost:3000/');
    expect(
      checkManifest(xml, { siteRoot: path.join(root, 'dist/assets'), allowLocalhost }),
    ).toEqual([]);
  });

  it('the broken fixture is rejected by the schema', async () => {
    expect((await xsdErrors(brokenManifest)).length).toBeGreaterThan(0);
  });
});
