import { Alert, Button, Heading1, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { AppLink } from '../../../components/app-link';
import { FileField } from '../../../components/file-field';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { useI18n } from '../../../lib/i18n';
import { hasPlatformRole, useSession } from '../../auth';
import { importMonitorFiles, type MonitorImportIssue, type MonitorImportReport } from '../api/import-monitor-files';

/** How many skipped rows a report lists; the count says how many there were in all. */
const SKIPPED_SHOWN = 20;

/**
 * Upload episode CSVs, iWmo 305/307 messages and the capacity and region registers for the monitor
 * (monitor-analist only). The server puts the files in a fitting order and imports each on its own,
 * all or nothing; the page shows every file's outcome.
 */
export function MonitorImportPage() {
  const { t } = useI18n();
  const session = useSession();
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reports, setReports] = useState<MonitorImportReport[] | null>(null);
  const resultRef = useRef<HTMLElement>(null);
  const allowed = session.state === 'ready' && hasPlatformRole(session.data, 'monitor-analist');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setServerError(null);
    if (files.length === 0) {
      setFileError(t('monitor.import.fileRequired'));
      return;
    }
    setFileError(null);
    setBusy(true);
    try {
      setReports(await importMonitorFiles(files));
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (err) {
      setServerError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Heading1>{t('monitor.import.title')}</Heading1>
      <Paragraph>{t('monitor.import.intro')}</Paragraph>
      <Paragraph>
        <AppLink to="/monitor">{t('monitor.import.back')}</AppLink>
      </Paragraph>
      {session.state === 'ready' && !allowed ? (
        <Alert type="info">
          <Paragraph>{t('monitor.import.notAllowed')}</Paragraph>
        </Alert>
      ) : (
        <>
          <FormErrorSummary
            title={t('monitor.import.failed')}
            errors={fileError ? { file: fileError } : {}}
            message={serverError ?? undefined}
          />
          <form onSubmit={submit} noValidate className="rt-import-section">
            <FileField
              label={t('monitor.import.files')}
              description={t('monitor.import.files.hint')}
              errorMessage={fileError}
              accept=".csv,.xml,.txt,text/csv,application/xml,text/xml"
              multiple
              onFiles={setFiles}
            />
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              {t('monitor.import.submit')}
            </Button>
          </form>
        </>
      )}
      {reports && (
        <section ref={resultRef} tabIndex={-1} aria-labelledby="monitor-import-result" className="rt-import-section">
          <Heading2 id="monitor-import-result">{t('monitor.import.result')}</Heading2>
          {reports.map((r) => (
            <FileReport key={r.file} report={r} />
          ))}
        </section>
      )}
    </>
  );
}

function FileReport({ report: r }: { report: MonitorImportReport }) {
  const { t } = useI18n();
  const where = (i: MonitorImportIssue) => `${t('monitor.import.row', { row: i.row, field: i.field })}: ${i.reason}`;
  return (
    <article data-testid="monitor-import-file" aria-label={r.file}>
      <Heading3>
        {r.file} ({t(`monitor.import.kind.${r.kind}`)})
      </Heading3>
      {r.rejected > 0 ? (
        <Alert type="error">
          <Paragraph>{t('monitor.import.rejected', { count: r.rejected })}</Paragraph>
          <UnorderedList>
            {r.errors.map((e, i) => (
              <UnorderedListItem key={i}>{where(e)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : (
        <Alert type="ok">
          <Paragraph>
            {t('monitor.import.counts', { imported: r.imported, updated: r.updated, unchanged: r.unchanged, skipped: r.skipped })}
          </Paragraph>
        </Alert>
      )}
      {r.skippedDetails.length > 0 && (
        <>
          <Paragraph>{t('monitor.import.skipped', { count: r.skipped })}</Paragraph>
          <UnorderedList>
            {r.skippedDetails.slice(0, SKIPPED_SHOWN).map((s, i) => (
              <UnorderedListItem key={i}>{where(s)}</UnorderedListItem>
            ))}
          </UnorderedList>
          {r.skippedDetails.length > SKIPPED_SHOWN && (
            <Paragraph>{t('monitor.import.skippedMore', { count: r.skippedDetails.length - SKIPPED_SHOWN })}</Paragraph>
          )}
        </>
      )}
    </article>
  );
}
