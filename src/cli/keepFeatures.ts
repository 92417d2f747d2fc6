/**
 * Saving through ExcelJS would drop some features of a loaded workbook
 * (charts, pivot tables…). Refusing is the only way to keep SPEC §8's
 * promise never to delete a user's work.
 */
import { unkeptFeatures, type UnkeptFeature } from '../xlsx/unkeptFeatures';
import { CliFailure } from './failure';
import type { Say } from './io';
import type { CliMessage } from './messages';

const FEATURE_NAMES: Readonly<Record<UnkeptFeature, CliMessage>> = {
  charts: 'featureCharts',
  pivotTables: 'featurePivotTables',
  slicers: 'featureSlicers',
  threadedComments: 'featureThreadedComments',
  controls: 'featureControls',
  macros: 'featureMacros',
  externalLinks: 'featureExternalLinks',
};

/** Throws a `CliFailure` naming what would be lost if `source` were saved by the CLI. */
export async function refuseToLoseFeatures(source: string, say: Say): Promise<void> {
  const features = await unkeptFeatures(source);
  if (features.length > 0) {
    const names = features.map((feature) => say(FEATURE_NAMES[feature])).join(say('listSeparator'));
    throw new CliFailure('wouldLoseFeatures', { path: source, features: names });
  }
}
