/**
 * Inserting templates: one kind (optionally with the handbook's example rows),
 * or several, with the header language chosen in the gallery and the due-soon
 * rule in force (the highlights agree with Check).
 */
import { useCallback } from 'react';
import type { Locale, TemplateKind } from '../../core';
import type { InsertedSheet } from '../../app/api';
import { usePane } from '../PaneContext';
import { useOperation, type Operation } from './useOperation';

export interface InsertControls {
  readonly operation: Operation<readonly InsertedSheet[]>;
  insertOne(kind: TemplateKind, headerLocale: Locale, withSample: boolean): Promise<void>;
  /** Every template, or only `kinds` when the workbook holds some already. */
  insertAll(headerLocale: Locale, kinds?: readonly TemplateKind[]): Promise<void>;
}

/** `onInserted` runs after every attempt: what the workbook holds may have changed. */
export function useInsert(onInserted: () => void): InsertControls {
  const { workbook, factSettings } = usePane();
  const operation = useOperation<readonly InsertedSheet[]>();
  const { run } = operation;

  const insertOne = useCallback(
    async (kind: TemplateKind, headerLocale: Locale, withSample: boolean) => {
      const settings = factSettings;
      await run(async () => [
        await workbook.insertTemplate(
          kind,
          headerLocale,
          withSample ? { settings, withSample } : { settings },
        ),
      ]);
      onInserted();
    },
    [run, workbook, factSettings, onInserted],
  );
  const insertAll = useCallback(
    async (headerLocale: Locale, kinds?: readonly TemplateKind[]) => {
      const settings = factSettings;
      await run(() =>
        workbook.insertAllTemplates(headerLocale, kinds ? { settings, kinds } : { settings }),
      );
      onInserted();
    },
    [run, workbook, factSettings, onInserted],
  );

  return { operation, insertOne, insertAll };
}
