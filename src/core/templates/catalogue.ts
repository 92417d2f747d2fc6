/**
 * Issue messages: the core's codes and every template's own, merged into one
 * catalogue. A template's code may not reuse another's (tested), so a code
 * names one message everywhere.
 */
import { formatMessage, type Locale } from '../i18n';
import { CORE_MESSAGES } from '../messages';
import type { CoreIssueCode, IssueCode } from '../model';
import { MODULES } from './registry';

/**
 * Built on first use, not at load: a template module may itself reach this
 * file (through the calendar's coverage reporter) while the registry loads.
 */
let templateMessages: Map<string, Readonly<Record<Locale, string>>> | null = null;

function templateMessage(code: string, locale: Locale): string | undefined {
  if (!templateMessages) {
    templateMessages = new Map();
    for (const template of MODULES) {
      const catalog = template.issues;
      if (!catalog) continue;
      for (const key of Object.keys(catalog['zh-CN']))
        templateMessages.set(key, {
          'zh-CN': catalog['zh-CN'][key]!,
          'en-US': catalog['en-US'][key]!,
        });
    }
  }
  return templateMessages.get(code)?.[locale];
}

const isCoreCode = (code: IssueCode): code is CoreIssueCode =>
  Object.prototype.hasOwnProperty.call(CORE_MESSAGES['zh-CN'], code);

export function issueMessage(
  locale: Locale,
  code: IssueCode,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = isCoreCode(code)
    ? CORE_MESSAGES[locale][code]
    : (templateMessage(code, locale) ?? code);
  return formatMessage(template, params);
}

/** Every code with its owner, for the uniqueness test and the docs. */
export function issueCodeOwners(): readonly { readonly code: string; readonly owner: string }[] {
  const owners: { code: string; owner: string }[] = [];
  for (const template of MODULES)
    for (const code of Object.keys(template.issues?.['zh-CN'] ?? {}))
      owners.push({ code, owner: template.kind });
  return owners;
}

/**
 * What an issue of this code is, without the particulars of one cell
 * (`无法识别的日期：“…”`): the pane counts and filters issues by it.
 */
export function issueTypeName(locale: Locale, code: IssueCode): string {
  const template = isCoreCode(code)
    ? CORE_MESSAGES[locale][code]
    : (templateMessage(code, locale) ?? code);
  return template.replace(/\{\w+\}/g, '…');
}
