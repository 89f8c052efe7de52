import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { FileField } from '../../../components/file-field';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { StatusMessage } from '../../../components/status-message';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { importBudgetLines, type BudgetImportResult } from '../api/finance';
import { maybeCents } from './amounts';

/** Budget lines from the Excel export (edited) or a CSV with its columns: preview first, then all or nothing. */
export function BudgetImport({ programme, onImported }: { programme: string; onImported(): void }) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<BudgetImportResult | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [done, setDone] = useState('');

  const run = async (dryRun: boolean) => {
    setErrors({});
    setMessage(undefined);
    setDone('');
    if (!file) {
      setErrors({ file: t('finance.import.noFile') });
      return;
    }
    try {
      const r = await importBudgetLines(programme, file, dryRun);
      if (dryRun) setPreview(r);
      else {
        setPreview(null);
        setDone(t('finance.import.done', { created: r.created, updated: r.updated }));
        onImported();
      }
    } catch (e) {
      setPreview(null);
      if (e instanceof ApiError && Array.isArray(e.details)) {
        const list = e.details as { row?: number; field?: string; reason: string }[];
        setErrors(
          Object.fromEntries(
            list.map((d, i) => [
              `e${i}`,
              d.row ? t('finance.import.rowError', { row: d.row, field: d.field ?? '', reason: d.reason }) : d.reason,
            ]),
          ),
        );
      }
      setMessage(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section aria-labelledby="budget-import">
      <Heading2 id="budget-import">{t('finance.import.title')}</Heading2>
      <Paragraph>{t('finance.import.intro')}</Paragraph>
      <FormErrorSummary title={t('finance.import.errorTitle')} errors={errors} message={message} />
      <FileField
        label={t('finance.import.file')}
        description={t('finance.import.fileHint')}
        accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        errorMessage={errors.file}
        onFiles={(files) => {
          setFile(files[0] ?? null);
          setPreview(null);
        }}
      />
      <ButtonGroup>
        <Button type="button" appearance="secondary-action-button" onClick={() => void run(true)}>
          {t('finance.import.preview')}
        </Button>
        {preview && (
          <Button type="button" appearance="primary-action-button" onClick={() => void run(false)}>
            {t('finance.import.apply', { created: preview.created, updated: preview.updated })}
          </Button>
        )}
      </ButtonGroup>
      {preview && (
        <Table>
          <TableCaption>
            {t('finance.import.previewCaption', { created: preview.created, updated: preview.updated, unchanged: preview.unchanged })}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('finance.import.col.row')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('finance.import.col.action')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('finance.col.node')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('finance.col.stream')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('finance.status.aangevraagd')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.rows.map((r) => (
              <TableRow key={r.row} data-testid="import-preview-row">
                <TableCell>{r.row}</TableCell>
                <TableCell>{r.action}</TableCell>
                <TableCell>{r.path}</TableCell>
                <TableCell>{r.moneyStream}</TableCell>
                <TableCell>{maybeCents(r.requestedCents, t('finance.unknown'))}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <StatusMessage message={done} />
    </section>
  );
}
