/** XSD validation of a manifest against ../shared/manifest-schemas (offline). */
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { validateXML } from 'xmllint-wasm';

export const SCHEMA_DIR = path.resolve(__dirname, '../../../shared/manifest-schemas');
const ENTRY = 'OfficeAppManifestV1_1.xsd';

export const schemasAvailable = (): boolean => existsSync(path.join(SCHEMA_DIR, ENTRY));

export async function xsdErrors(xml: string): Promise<string[]> {
  const load = (fileName: string) => ({
    fileName,
    contents: readFileSync(path.join(SCHEMA_DIR, fileName), 'utf8'),
  });
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [load(ENTRY)],
    preload: readdirSync(SCHEMA_DIR)
      .filter((f) => f.endsWith('.xsd') && f !== ENTRY)
      .map(load),
  });
  return result.errors.map((e) => e.message);
}
