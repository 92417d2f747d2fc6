/**
 * The project's own structural checks on an XML add-in manifest: what the XSD
 * cannot say (resource ids resolve, https only, icon files exist at the sizes
 * their names claim, string lengths, zh-CN overrides). Each problem names the
 * check it failed so a test can prove every check bites.
 */
import { existsSync, readFileSync } from 'fs';
import path from 'path';

export type CheckName =
  | 'resid'
  | 'https'
  | 'icon-file'
  | 'icon-size'
  | 'short-string'
  | 'long-string'
  | 'id-guid'
  | 'version'
  | 'zh-CN-override'
  | 'placeholder-domain';

export interface ManifestProblem {
  readonly check: CheckName;
  readonly detail: string;
}

export interface ManifestContext {
  /** Folder holding the files the manifest's URLs point at (assets/…). */
  readonly siteRoot: string;
  /** Localhost URLs are allowed in the dev manifest only. */
  readonly allowLocalhost: boolean;
}

const SHORT_LIMIT = 125;
const LONG_LIMIT = 250;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d+\.\d+\.\d+\.\d+$/;
const PLACEHOLDER_HOSTS = /(^|\.)(contoso\.com|example\.(com|org|net)|yourdomain\.com)$/i;

const byLocalName = (root: Document | Element, name: string): Element[] =>
  Array.from(root.getElementsByTagName('*')).filter((e) => e.localName === name);

export function pngSize(file: string): { width: number; height: number } | null {
  const data = readFileSync(file);
  const signature = '89504e470d0a1a0a';
  if (data.length < 24 || data.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

export function checkManifest(xml: string, context: ManifestContext): ManifestProblem[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const problems: ManifestProblem[] = [];
  const add = (check: CheckName, detail: string) => problems.push({ check, detail });

  const id = byLocalName(doc, 'Id')[0]?.textContent?.trim() ?? '';
  if (!GUID.test(id)) add('id-guid', `Id "${id}" is not a GUID`);
  const version = byLocalName(doc, 'Version')[0]?.textContent?.trim() ?? '';
  if (!VERSION.test(version)) add('version', `Version "${version}" is not n.n.n.n`);

  const resources = new Map<string, Element>();
  for (const kind of ['Image', 'Url', 'String']) {
    for (const element of byLocalName(doc, kind)) {
      const resourceId = element.getAttribute('id');
      if (resourceId) resources.set(resourceId, element);
    }
  }
  for (const element of Array.from(doc.getElementsByTagName('*'))) {
    const resid = element.getAttribute('resid');
    if (resid !== null && !resources.has(resid)) add('resid', `resid "${resid}" does not resolve`);
  }

  const urls: { where: string; url: string }[] = [];
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']) {
    for (const element of byLocalName(doc, name)) {
      const url = element.getAttribute('DefaultValue');
      if (url) urls.push({ where: name, url });
    }
  }
  for (const name of ['Image', 'Url']) {
    for (const element of byLocalName(doc, name)) {
      const url = element.getAttribute('DefaultValue');
      if (url && element.getAttribute('id')) urls.push({ where: element.getAttribute('id')!, url });
    }
  }
  for (const element of byLocalName(doc, 'AppDomain')) {
    urls.push({ where: 'AppDomain', url: element.textContent?.trim() ?? '' });
  }
  for (const { where, url } of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      add('https', `${where}: "${url}" is not a URL`);
      continue;
    }
    if (parsed.protocol !== 'https:') add('https', `${where}: "${url}" is not https`);
    if (parsed.hostname === 'localhost' && !context.allowLocalhost) {
      add('https', `${where}: "${url}" points at localhost in a production manifest`);
    }
    if (PLACEHOLDER_HOSTS.test(parsed.hostname)) add('placeholder-domain', `${where}: ${url}`);
  }

  const imageUrls = [
    ...['IconUrl', 'HighResolutionIconUrl'].flatMap((name) =>
      byLocalName(doc, name).map((e) => e.getAttribute('DefaultValue') ?? ''),
    ),
    ...byLocalName(doc, 'Image')
      .filter((e) => e.getAttribute('id'))
      .map((e) => e.getAttribute('DefaultValue') ?? ''),
  ];
  for (const url of imageUrls) checkIcon(url, context, add);
  for (const use of byLocalName(doc, 'Image').filter((e) => e.getAttribute('size'))) {
    const target = resources.get(use.getAttribute('resid') ?? '');
    const file = target && localFile(target.getAttribute('DefaultValue') ?? '', context);
    const size = file && existsSync(file) ? pngSize(file) : null;
    const wanted = Number(use.getAttribute('size'));
    if (size && (size.width !== wanted || size.height !== wanted)) {
      add(
        'icon-size',
        `${use.getAttribute('resid')} is used at ${wanted}px but is ${size.width}px`,
      );
    }
  }

  const lengthCheck = (elements: Element[], limit: number, check: CheckName) => {
    for (const element of elements) {
      for (const text of [
        element.getAttribute('DefaultValue'),
        ...byLocalName(element, 'Override').map((o) => o.getAttribute('Value')),
      ]) {
        if (text !== null && text.length > limit) {
          add(
            check,
            `${element.getAttribute('id') ?? element.localName}: ${text.length} > ${limit}`,
          );
        }
      }
    }
  };
  const inGroup = (group: string) =>
    byLocalName(doc, group).flatMap((g) => byLocalName(g, 'String'));
  lengthCheck(
    [...inGroup('ShortStrings'), ...byLocalName(doc, 'DisplayName')],
    SHORT_LIMIT,
    'short-string',
  );
  lengthCheck(
    [...inGroup('LongStrings'), ...byLocalName(doc, 'Description')],
    LONG_LIMIT,
    'long-string',
  );

  for (const element of [
    ...inGroup('ShortStrings'),
    ...inGroup('LongStrings'),
    ...byLocalName(doc, 'DisplayName'),
    ...byLocalName(doc, 'Description').filter((e) => e.getAttribute('DefaultValue')),
  ]) {
    const overridden = byLocalName(element, 'Override').some(
      (o) => o.getAttribute('Locale') === 'zh-CN',
    );
    if (!overridden)
      add('zh-CN-override', `${element.getAttribute('id') ?? element.localName} has no zh-CN text`);
  }
  return problems;
}

function localFile(url: string, context: ManifestContext): string | null {
  try {
    return path.join(context.siteRoot, new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    return null;
  }
}

function checkIcon(
  url: string,
  context: ManifestContext,
  add: (check: CheckName, detail: string) => void,
): void {
  const file = localFile(url, context);
  if (!file || !existsSync(file)) {
    add('icon-file', `${url}: no such file in ${context.siteRoot}`);
    return;
  }
  const size = pngSize(file);
  const claimed = /-(\d+)\.png$/i.exec(file);
  if (!size) add('icon-file', `${url}: not a PNG`);
  else if (claimed && (size.width !== Number(claimed[1]) || size.height !== Number(claimed[1]))) {
    add('icon-size', `${url}: named ${claimed[1]}px but is ${size.width}×${size.height}`);
  }
}
