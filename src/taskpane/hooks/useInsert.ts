/** Inserting templates: one kind, or all three, with the header language chosen in the gallery. */
import { useCallback } from 'react';
import type { Locale, TemplateKind } from '../../core';
import type { InsertedSheet } from '../../excel/api';
import { usePane } from '../PaneContext';
import { useOperation, type Operation } from './useOperation';

export interface InsertControls {
  readonly operation: Operation<readonly InsertedSheet[]>;
  insertOne(kind: TemplateKind, headerLocale: Locale): Promise<void>;
  insertAll(headerLocale: Locale): Promise<void>;
}

export function useInsert(): InsertControls {
  const { workbook } = usePane();
  const operation = useOperation<readonly InsertedSheet[]>();
  const { run } = operation;

  const insertOne = useCallback(
    (kind: TemplateKind, headerLocale: Locale) =>
      run(async () => [await workbook.insertTemplate(kind, headerLocale)]),
    [run, workbook],
  );
  const insertAll = useCallback(
    (headerLocale: Locale) => run(() => workbook.insertAllTemplates(headerLocale)),
    [run, workbook],
  );

  return { operation, insertOne, insertAll };
}
