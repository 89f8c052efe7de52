import {
  Button,
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
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { isServiceKind } from '../../../../domain/social-map/vocabulary';
import { AppLink } from '../../../components/app-link';
import { FileField } from '../../../components/file-field';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { StatusMessage } from '../../../components/status-message';
import { TableScroll } from '../../../components/table-scroll';
import { ApiError, fileSnapshot } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { importSocialMapFile, previewSocialMapImport, type SocialMapImportPreview } from '../api/import-file';
import { exportUrl } from '../api/services';
import { kindLabel } from './service-labels';

interface Detail {
  row?: number;
  field?: string;
  reason?: string;
}

/** /sociale-kaart/importeren: CSV/XLSX → preview per row (new, update, unchanged) → import all or nothing. */
export function SocialMapImportPage() {
  const { t, locale } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [content, setContent] = useState<File | null>(null);
  const [preview, setPreview] = useState<SocialMapImportPreview | null>(null);
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
          [d.row === undefined ? '' : `${t('socialMap.import.row')} ${d.row}`, d.field ?? '', d.reason ?? ''].filter(Boolean).join(' · '),
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
      setErrors({ file: t('socialMap.import.noFile') });
      return;
    }
    setBusy(true);
    try {
      const snapshot = await fileSnapshot(file);
      setContent(snapshot);
      setPreview(await previewSocialMapImport(snapshot));
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
      const r = await importSocialMapFile(content);
      setDone(t('socialMap.import.done', { ...r.counts }));
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
        <AppLink to="/sociale-kaart">{t('socialMap.back')}</AppLink>
      </Paragraph>
      <Heading1>{t('socialMap.import.title')}</Heading1>
      <Paragraph>{t('socialMap.import.intro')}</Paragraph>
      <Paragraph>
        <a className="utrecht-link" href={exportUrl({}, 'xlsx')} download>
          {t('socialMap.exportXlsx')}
        </a>
        {' · '}
        <a className="utrecht-link" href={exportUrl({}, 'csv')} download>
          {t('socialMap.exportCsv')}
        </a>
      </Paragraph>
      <StatusMessage message={done} testId="social-map-import-result" />
      {done && (
        <Paragraph>
          <AppLink to="/sociale-kaart">{t('socialMap.back')}</AppLink>
        </Paragraph>
      )}
      <FormErrorSummary title={t('socialMap.import.errors')} errors={errors} message={message} />
      <form onSubmit={check} noValidate>
        <FileField
          label={t('socialMap.import.file')}
          description={t('socialMap.import.fileHint')}
          errorMessage={errors.file}
          accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          required
          onFiles={(files) => setFile(files[0] ?? null)}
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t('socialMap.import.preview')}
        </Button>
      </form>
      {preview && (
        <section aria-labelledby="rt-sk-preview">
          <Heading2 id="rt-sk-preview">{t('socialMap.import.previewCaption')}</Heading2>
          <Paragraph data-testid="social-map-import-counts">{t('socialMap.import.counts', { ...preview.counts })}</Paragraph>
          {preview.warnings.length > 0 && (
            <>
              <Heading2>{t('socialMap.import.warnings')}</Heading2>
              <UnorderedList>
                {preview.warnings.map((w, i) => (
                  <UnorderedListItem key={i}>
                    {t('socialMap.import.row')} {w.row}: {w.message}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
          <TableScroll label={t('socialMap.import.previewCaption')}>
            <Table>
              <TableCaption>{t('socialMap.import.previewCaption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  {[
                    t('socialMap.import.row'),
                    t('socialMap.col.name'),
                    t('socialMap.col.kind'),
                    t('socialMap.col.municipalities'),
                    t('socialMap.import.action'),
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
                    <TableCell>{r.name}</TableCell>
                    <TableCell>{isServiceKind(r.kind) ? kindLabel(r.kind, locale) : r.kind}</TableCell>
                    <TableCell>{r.municipalities.join(', ')}</TableCell>
                    <TableCell>{t(`socialMap.import.action.${r.action}`)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
          <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void confirm()}>
            {t('socialMap.import.confirm')}
          </Button>
        </section>
      )}
    </>
  );
}
