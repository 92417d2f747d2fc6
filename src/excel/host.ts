/** What the gateway asks of the Office host besides Excel itself. */
import { CORE_REQUIREMENT, OpsError } from './errors';

export interface OfficeHost {
  /** `Office.context.requirements.isSetSupported`, e.g. (`ExcelApi`, `1.8`). */
  isSetSupported(name: string, minVersion: string): boolean;
}

export function officeHost(): OfficeHost {
  return {
    isSetSupported: (name, minVersion) =>
      typeof Office !== 'undefined' && Office.context.requirements.isSetSupported(name, minVersion),
  };
}

/** Fails early, with the set named, on an Excel too old for the add-in. */
export function requireCoreApi(host: OfficeHost): void {
  const [name = 'ExcelApi', version = '1.8'] = CORE_REQUIREMENT.split(' ');
  if (!host.isSetSupported(name, version)) {
    throw new OpsError('apiNotFound', { requirement: CORE_REQUIREMENT });
  }
}
