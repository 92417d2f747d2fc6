/**
 * Relationships as the Open Packaging Conventions define them (ECMA-376
 * Part 2, §9.3): a part's relationships live in `<dir>/_rels/<name>.rels`; a
 * target is a URI relative to the source part's folder, or absolute from the
 * package root (`/xl/worksheets/sheet1.xml`, as OpenXML SDK writes them).
 */
import { XmlScanner } from './xmlScanner';

export interface Relationship {
  readonly id: string;
  /** The relationship type URI; compare with `isType`. */
  readonly type: string;
  /** The target part name without its leading `/`, or the URI of an external target. */
  readonly target: string;
  readonly external: boolean;
}

/** The `.rels` part holding the relationships of `partName` (`''` for the package). */
export function relationshipsPartOf(partName: string): string {
  const slash = partName.lastIndexOf('/');
  const folder = slash >= 0 ? partName.slice(0, slash + 1) : '';
  return `${folder}_rels/${partName.slice(slash + 1)}.rels`;
}

/** Resolves a target against the folder of its source part, `.` and `..` segments included. */
export function resolveTarget(sourcePart: string, target: string): string {
  const withoutFragment = target.replace(/[#?].*$/, '').replace(/\\/g, '/');
  const base = withoutFragment.startsWith('/')
    ? []
    : sourcePart.split('/').slice(0, -1).filter(Boolean);
  for (const segment of withoutFragment.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/**
 * Transitional (`…/officeDocument/2006/relationships/worksheet`) and Strict
 * (`http://purl.oclc.org/ooxml/officeDocument/relationships/worksheet`)
 * types end the same way.
 */
export function isType(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}

export function parseRelationships(sourcePart: string, xml: string): Relationship[] {
  const scanner = new XmlScanner(xml);
  const found: Relationship[] = [];
  while (scanner.next()) {
    if (scanner.name !== 'Relationship' || scanner.kind === 'close') continue;
    const id = scanner.attribute('Id') ?? '';
    const type = scanner.attribute('Type') ?? '';
    const target = scanner.attribute('Target') ?? '';
    const external = (scanner.attribute('TargetMode') ?? '').toLowerCase() === 'external';
    found.push({
      id,
      type,
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    });
  }
  return found;
}

/**
 * The target to write in `sourcePart`'s relationships for `targetPart`:
 * relative, as Excel writes them (some readers, ExcelJS among them, do not
 * resolve absolute targets).
 */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = sourcePart.split('/').slice(0, -1);
  const to = targetPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
