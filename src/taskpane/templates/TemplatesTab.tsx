/** The template gallery: pick the header language, insert one template or all of them, grouped as SPEC §9 says. */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Field,
  Text,
  tokens,
} from '@fluentui/react-components';
import { TableAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { galleryGroups, TEMPLATES, type Locale, type TemplateKind } from '../../core';
import type { InsertedSheet, WorkbookHoldings } from '../../app/api';
import { OperationStatus } from '../components/OperationStatus';
import { useInsert } from '../hooks/useInsert';
import type { Translate } from '../messages';
import { usePane } from '../PaneContext';
import { TemplateCard } from './TemplateCard';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  gallery: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

function insertedMessage(sheets: readonly InsertedSheet[], locale: Locale, t: Translate): string {
  const [first] = sheets;
  if (sheets.length === 1 && first) {
    return t('insertedOne', { sheet: first.sheetName, table: first.tableName });
  }
  // The gateway activates the first sheet it inserted.
  return t('insertedMany', {
    first: first?.sheetName ?? '',
    count: sheets.length,
    sheets: sheets.map((sheet) => `“${sheet.sheetName}”`).join(locale === 'zh-CN' ? '、' : ', '),
  });
}

export interface TemplatesTabProps {
  /** What the workbook holds already; null until read (then nothing is marked). */
  readonly holdings: WorkbookHoldings | null;
  readonly onInserted: () => void;
}

export function TemplatesTab({ holdings, onInserted }: TemplatesTabProps) {
  const { locale, t } = usePane();
  const styles = useStyles();
  const [headerLocale, setHeaderLocale] = useState<Locale>(locale);
  const { operation, insertOne, insertAll } = useInsert(onInserted);
  const busy = operation.state.status === 'running';
  const present = holdings?.kinds ?? new Set<TemplateKind>();
  // "Insert all" never repeats a sheet silently: with some present it inserts the rest.
  const missing = TEMPLATES.map((template) => template.kind).filter((kind) => !present.has(kind));

  return (
    <div className={styles.root}>
      <Text as="p">{t('templatesIntro')}</Text>
      <Field label={t('headerLanguage')}>
        <RadioGroup
          layout="horizontal"
          value={headerLocale}
          onChange={(_event, data) => setHeaderLocale(data.value === 'en-US' ? 'en-US' : 'zh-CN')}
        >
          <Radio value="zh-CN" label={t('headerLanguageZh')} />
          <Radio value="en-US" label={t('headerLanguageEn')} />
        </RadioGroup>
      </Field>
      {missing.length === 0 ? (
        <Text as="p" size={200}>
          {t('allInWorkbook', { count: TEMPLATES.length })}
        </Text>
      ) : (
        <Button
          appearance="primary"
          icon={<TableAddRegular />}
          disabled={busy}
          onClick={() => void insertAll(headerLocale, present.size === 0 ? undefined : missing)}
        >
          {present.size === 0
            ? t('insertAll', { count: TEMPLATES.length })
            : t('insertRest', { count: missing.length })}
        </Button>
      )}
      <OperationStatus operation={operation} />
      {operation.state.status === 'done' && (
        <MessageBar intent="success">
          <MessageBarBody>{insertedMessage(operation.state.result, locale, t)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.gallery}>
        {galleryGroups().map(({ group, templates }) => (
          <section key={group} className={styles.group} aria-labelledby={`gallery-${group}`}>
            <Text as="h3" weight="semibold" id={`gallery-${group}`}>
              {t(`group.${group}`)}
            </Text>
            {templates.map((template) => (
              <TemplateCard
                key={template.kind}
                template={template}
                headerLocale={headerLocale}
                present={present.has(template.kind)}
                disabled={busy}
                onInsert={(kind, withSample) => void insertOne(kind, headerLocale, withSample)}
              />
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}
