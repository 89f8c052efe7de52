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
import { toDisplayDate } from '../../../../domain/shared/date-input';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { FileField } from '../../../components/file-field';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { StatusMessage } from '../../../components/status-message';
import { TableScroll } from '../../../components/table-scroll';
import { ApiError, fileSnapshot } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { importZrmFile, previewZrmImport, type ZrmImportPreview } from '../api/import-zrm';
import './kpi.css';

interface Detail {
  row?: number;
  field?: string;
  reason?: string;
}

/** Upload a CSV/XLSX of ZRM assessments → preview per assessment → import all or nothing → the (suppressed) outcomes. */
export function ZrmImportPage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<File | null>(null);
  const [preview, setPreview] = useState<ZrmImportPreview | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const zrmPage = `/programmas/${programmeId}/kpi/zrm`;

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
      setPreview(await previewZrmImport(programmeId, snapshot));
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
      const r = await importZrmFile(programmeId, content);
      setDone(t('kpi.zrmImport.done', { created: r.created, existing: r.existing }));
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
        <AppLink to={zrmPage}>{t('kpi.zrmImport.toResults')}</AppLink>
      </Paragraph>
      <Heading1>{t('kpi.zrmImport.title')}</Heading1>
      <Paragraph>{t('kpi.zrmImport.intro')}</Paragraph>
      <Paragraph>{t('kpi.zrmImport.columns')}</Paragraph>
      <StatusMessage message={done} testId="zrm-import-result" />
      {done && (
        <ButtonGroup>
          <AppButtonLink to={zrmPage} appearance="primary-action">
            {t('kpi.zrmImport.toResults')}
          </AppButtonLink>
        </ButtonGroup>
      )}
      <FormErrorSummary title={t('kpi.import.errors')} errors={errors} message={message} />
      <form onSubmit={check} noValidate>
        <FileField
          label={t('kpi.import.file')}
          description={t('kpi.zrmImport.columns')}
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
        <section aria-labelledby="rt-zrm-preview">
          <Heading2 id="rt-zrm-preview">{t('kpi.zrmImport.previewCaption')}</Heading2>
          <Paragraph data-testid="zrm-pairs-after">{t('kpi.zrmImport.pairs', { pairs: preview.pairsAfter })}</Paragraph>
          <TableScroll label={t('kpi.zrmImport.previewCaption')}>
            <Table>
              <TableCaption>{t('kpi.zrmImport.previewCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  {[
                    t('kpi.import.row'),
                    t('kpi.zrmImport.client'),
                    t('kpi.zrmImport.provider'),
                    t('kpi.zrmImport.kind'),
                    t('kpi.zrmImport.date'),
                    t('kpi.zrmImport.scored'),
                    t('kpi.zrmImport.action'),
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
                    <TableCell>{r.client}</TableCell>
                    <TableCell>{r.providerName}</TableCell>
                    <TableCell>{r.kind}</TableCell>
                    <TableCell>{toDisplayDate(r.date)}</TableCell>
                    <TableCell className="rt-num">{r.scored}</TableCell>
                    <TableCell>{t(`kpi.zrmImport.action.${r.action}`)}</TableCell>
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
