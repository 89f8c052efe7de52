import {
  Button,
  ButtonGroup,
  Heading1,
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
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { FileField } from '../../../components/file-field';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { StatusMessage } from '../../../components/status-message';
import { ApiError, fileSnapshot } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { TableScroll } from '../../../components/table-scroll';
import { importKpiFile, previewKpiImport, templateUrl } from '../api/import-file';
import type { ImportPreview } from '../api/types';
import './kpi.css';

interface Detail {
  row?: number;
  field?: string;
  reason?: string;
}

/** Upload a CSV/XLSX of figures → preview per row → import all or nothing. */
export function KpiImportPage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);

  function fail(err: unknown) {
    const details = err instanceof ApiError && Array.isArray(err.details) ? (err.details as Detail[]) : [];
    setMessage(err instanceof Error ? err.message : String(err));
    setErrors(
      Object.fromEntries(
        details.map((d, i) => [
          `d${i}`,
          [d.row === undefined ? '' : `${t('kpi.import.row')} ${d.row}`, d.field ?? '', d.reason ?? ''].filter(Boolean).join(' · '),
        ]),
      ),
    );
  }

  async function check(e: FormEvent) {
    e.preventDefault();
    setErrors({});
    setMessage(undefined);
    setDone('');
    setPreview(null);
    if (!file) {
      setErrors({ file: t('kpi.import.noFile') });
      return;
    }
    setBusy(true);
    try {
      const snapshot = await fileSnapshot(file);
      setContent(snapshot);
      setPreview(await previewKpiImport(programmeId, snapshot));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  async function confirm() {
    if (!content) return;
    setBusy(true);
    try {
      const r = await importKpiFile(programmeId, content);
      setDone(t('kpi.import.done', { created: r.created, updated: r.updated, unchanged: r.unchanged }));
      setPreview(null);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Paragraph>
        <AppLink to={`/programmas/${programmeId}/kpi`}>{t('kpi.backToOverview')}</AppLink>
      </Paragraph>
      <Heading1>{t('kpi.import.title')}</Heading1>
      <Paragraph>{t('kpi.import.intro')}</Paragraph>
      <ButtonGroup>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={templateUrl(programmeId, 'csv')}
          download
        >
          {t('kpi.import.template')}
        </a>
        <a
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          href={templateUrl(programmeId, 'xlsx')}
          download
        >
          {t('kpi.import.templateXlsx')}
        </a>
      </ButtonGroup>
      <StatusMessage message={done} testId="kpi-import-result" />
      <FormErrorSummary title={t('kpi.import.errors')} errors={errors} message={message} />
      <form onSubmit={check} noValidate>
        <FileField
          label={t('kpi.import.file')}
          description={t('kpi.import.intro')}
          errorMessage={errors.file}
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          onFiles={(files) => setFile(files[0] ?? null)}
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t('kpi.import.preview')}
        </Button>
      </form>
      {preview && (
        <section aria-labelledby="rt-kpi-preview">
          <Heading2 id="rt-kpi-preview">{t('kpi.import.previewCaption')}</Heading2>
          <TableScroll label={t('kpi.import.previewCaption')}>
            <Table>
              <TableCaption>{t('kpi.import.previewCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  {[
                    t('kpi.import.row'),
                    t('kpi.col.indicator'),
                    t('kpi.chart.period'),
                    t('kpi.import.unit'),
                    t('kpi.entry.value'),
                    t('kpi.import.numerator'),
                    t('kpi.import.denominator'),
                    t('kpi.import.action'),
                  ].map((h) => (
                    <TableHeaderCell scope="col" key={h}>
                      {h}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.rows.map((r) => (
                  <TableRow key={r.row}>
                    <TableHeaderCell scope="row">{r.row}</TableHeaderCell>
                    <TableCell>{r.code}</TableCell>
                    <TableCell>{r.periodLabel}</TableCell>
                    <TableCell>{r.unitName}</TableCell>
                    <TableCell className="rt-num">{r.value ?? ''}</TableCell>
                    <TableCell className="rt-num">{r.numerator ?? ''}</TableCell>
                    <TableCell className="rt-num">{r.denominator ?? ''}</TableCell>
                    <TableCell>{t(`kpi.import.action.${r.action}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
          <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void confirm()}>
            {t('kpi.import.confirm')}
          </Button>
        </section>
      )}
    </>
  );
}
