/**
 * ExcelJS reads cells, tables, validations, conditional formats, notes and
 * images, but drops charts, chart sheets, pivot tables, slicers, threaded
 * comments, form controls, macros and external links when it saves. Before
 * the CLI saves a workbook it loaded, it asks which of those the file holds,
 * so it can refuse rather than silently delete a user's work (SPEC §8).
 *
 * The answer comes from the part names in the zip's central directory: no
 * decompression, no zip library.
 */
import { readFile } from 'node:fs/promises';

export type UnkeptFeature =
  | 'charts'
  | 'pivotTables'
  | 'slicers'
  | 'threadedComments'
  | 'controls'
  | 'macros'
  | 'externalLinks';

const PART_FEATURES: readonly (readonly [RegExp, UnkeptFeature])[] = [
  [/^xl\/(charts|chartsheets)\//i, 'charts'],
  [/^xl\/(pivotTables|pivotCache)\//i, 'pivotTables'],
  [/^xl\/(slicers|slicerCaches|timelines|timelineCaches)\//i, 'slicers'],
  [/^xl\/threadedComments\//i, 'threadedComments'],
  [/^xl\/(activeX|ctrlProps)\//i, 'controls'],
  [/^xl\/vbaProject\.bin$/i, 'macros'],
  [/^xl\/externalLinks\//i, 'externalLinks'],
];

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65535. */
const END_RECORD_SEARCH = 22 + 0xffff;

/** Names of the parts of a zip package, read from its central directory. */
export function zipEntryNames(zip: Buffer): string[] {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - END_RECORD_SEARCH); at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return [];
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let entry = 0; entry < count && at + 46 <= zip.length; entry += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL_DIRECTORY_ENTRY) break;
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

export function unkeptFeaturesOf(partNames: readonly string[]): UnkeptFeature[] {
  const found = new Set<UnkeptFeature>();
  for (const name of partNames) {
    for (const [pattern, feature] of PART_FEATURES) if (pattern.test(name)) found.add(feature);
  }
  return PART_FEATURES.map(([, feature]) => feature).filter(
    (feature, index, all) => found.has(feature) && all.indexOf(feature) === index,
  );
}

/** What saving this file through ExcelJS would lose; empty when saving is safe. */
export async function unkeptFeatures(filePath: string): Promise<UnkeptFeature[]> {
  return unkeptFeaturesOf(zipEntryNames(await readFile(filePath)));
}
