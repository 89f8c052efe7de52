import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { AppLink } from '../../../components/app-link';
import { FileField } from '../../../components/file-field';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { NoRightsNotice, useSession } from '../../auth';
import { programmeRights } from '../../auth';
import { fileSnapshot } from '../../../lib/api';
import { importTable } from '../api/import-table';
import { previewImport } from '../api/preview-import';
import type { ImportPreview, ImportRequest, ImportResult, TableKind } from '../api/types';
import { ImportPreviewView } from './import-preview';

interface ErrorDetail {
  row?: number;
  field?: string;
  reason?: string;
}

type Step =
  { step: 'choose' } | { step: 'preview'; request: ImportRequest; preview: ImportPreview } | { step: 'done'; result: ImportResult };

/** Importing creates a programme: the platform beheerder's right; others are told why there is no form. */
export function ImportTablePage() {
  const { t } = useI18n();
  const session = useSession();
  if (session.state === 'loading') return <Paragraph aria-live="polite">{t('common.loading')}</Paragraph>;
  const data = session.state === 'ready' ? session.data : null;
  if (programmeRights(data, null).mayCreateProgramme) return <ImportTableForm />;
  return (
    <>
      <Heading1>{t('import.title')}</Heading1>
      <NoRightsNotice signedIn={data?.account != null} back={{ to: '/', label: t('rights.backToList') }} />
    </>
  );
}

/** Upload a table → preview with a warning per odd row → confirm; the server imports all or nothing. */
function ImportTableForm() {
  const { t } = useI18n();
  const [kind, setKind] = useState<TableKind>('gap-table');
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  // Details are kept raw and worded at render time, so switching the language rewords them.
  const [serverError, setServerError] = useState<{ message: string; details: ErrorDetail[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<Step>({ step: 'choose' });
  const doneRef = useRef<HTMLDivElement>(null);

  function fail(err: unknown) {
    const details = err instanceof ApiError && Array.isArray(err.details) ? (err.details as ErrorDetail[]) : [];
    setServerError({ message: err instanceof Error ? err.message : String(err), details });
  }

  function describe(d: ErrorDetail): string {
    const where = [d.row === undefined ? '' : t('import.row', { row: d.row }), d.field ? t('import.field', { field: d.field }) : '']
      .filter(Boolean)
      .join(', ');
    return [where, d.reason ?? ''].filter(Boolean).join(': ');
  }

  async function showPreview(e: FormEvent) {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (title.trim() === '') errors.title = t('import.titleRequired');
    if (file === null) errors.file = t('import.fileRequired');
    setFieldErrors(errors);
    setServerError(null);
    if (file === null || Object.keys(errors).length > 0) return;
    setBusy(true);
    try {
      const request: ImportRequest = { kind, programmeTitle: title.trim(), file: await fileSnapshot(file) };
      setState({ step: 'preview', request, preview: await previewImport(request) });
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  async function confirm(request: ImportRequest) {
    setBusy(true);
    setServerError(null);
    try {
      const result = await importTable(request);
      setState({ step: 'done', result });
      requestAnimationFrame(() => doneRef.current?.focus());
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  const errorSummary = { ...fieldErrors, ...Object.fromEntries((serverError?.details ?? []).map((d, i) => [`server-${i}`, describe(d)])) };
  return (
    <>
      <Heading1>{t('import.title')}</Heading1>
      <Paragraph>{t('import.intro')}</Paragraph>
      <FormErrorSummary title={t('import.failed')} errors={errorSummary} message={serverError?.message} />
      {state.step === 'choose' && (
        <form onSubmit={showPreview} noValidate className="rt-import-section">
          <SelectField
            label={t('import.kind')}
            name="kind"
            value={kind}
            onChange={(v) => setKind(v === 'programme-sheet' ? 'programme-sheet' : 'gap-table')}
            options={[
              { value: 'gap-table', label: t('import.kind.gap-table') },
              { value: 'programme-sheet', label: t('import.kind.programme-sheet') },
            ]}
            description={t(kind === 'gap-table' ? 'import.kind.gap-table.hint' : 'import.kind.programme-sheet.hint')}
          />
          <TextField
            label={t('import.programmeTitle')}
            name="programmeTitle"
            value={title}
            onValue={setTitle}
            errorMessage={fieldErrors.title}
            required
          />
          <FileField
            label={t('import.file')}
            description={t('import.file.hint')}
            errorMessage={fieldErrors.file}
            accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            onFiles={(files) => setFile(files[0] ?? null)}
          />
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t('import.preview')}
          </Button>
        </form>
      )}
      {state.step === 'preview' && (
        <section aria-labelledby="rt-import-preview" className="rt-import-section">
          <Heading2 id="rt-import-preview">{t('import.previewTitle', { title: state.preview.programme.title })}</Heading2>
          <ImportPreviewView preview={state.preview} />
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void confirm(state.request)}>
              {t('import.confirm')}
            </Button>
            <Button appearance="secondary-action-button" disabled={busy} onClick={() => setState({ step: 'choose' })}>
              {t('import.again')}
            </Button>
          </ButtonGroup>
        </section>
      )}
      {state.step === 'done' && (
        <div ref={doneRef} tabIndex={-1}>
          <Alert type="ok">
            <Paragraph>{t('import.done', { title: state.result.programme.title })}</Paragraph>
            <Paragraph>
              <AppLink to={`/programmas/${state.result.programme.slug}`}>{t('import.open')}</AppLink>
            </Paragraph>
          </Alert>
        </div>
      )}
    </>
  );
}
