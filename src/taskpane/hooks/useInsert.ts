/**
 * Inserting templates: one kind, or every one, with the header language chosen
 * in the gallery and the due-soon rule in force (the highlights agree with Check).
 */
import { useCallback } from 'react';
import type { Locale, TemplateKind } from '../../core';
import type { InsertedSheet } from '../../app/api';
import { usePane } from '../PaneContext';
import { useOperation, type Operation } from './useOperation';

export interface InsertControls {
  readonly operation: Operation<readonly InsertedSheet[]>;
  insertOne(kind: TemplateKind, headerLocale: Locale): Promise<void>;
  insertAll(headerLocale: Locale): Promise<void>;
}

export function useInsert(): InsertControls {
  const { workbook, factSettings } = usePane();
  const operation = useOperation<readonly InsertedSheet[]>();
  const { run } = operation;

  const insertOne = useCallback(
    (kind: TemplateKind, headerLocale: Locale) =>
      run(async () => [
        await workbook.insertTemplate(kind, headerLocale, { settings: factSettings }),
      ]),
    [run, workbook, factSettings],
  );
  const insertAll = useCallback(
    (headerLocale: Locale) =>
      run(() => workbook.insertAllTemplates(headerLocale, { settings: factSettings })),
    [run, workbook, factSettings],
  );

  return { operation, insertOne, insertAll };
}
