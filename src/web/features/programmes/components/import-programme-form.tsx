import { Button, FormField, FormFieldErrorMessage, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { importProgramme } from '../api/programme-document';
import { slugify } from '../model/validate';

interface Loaded {
  document: unknown;
  title: string;
  slug: string;
}

/** What we can read from a programme document before sending it: its title and slug, for the copy's defaults. */
function readHeader(document: unknown): { title: string; slug: string } {
  const programme = typeof document === 'object' && document !== null ? (document as { programme?: unknown }).programme : undefined;
  const p = typeof programme === 'object' && programme !== null ? (programme as { title?: unknown; slug?: unknown }) : {};
  return { title: typeof p.title === 'string' ? p.title : '', slug: typeof p.slug === 'string' ? p.slug : '' };
}

/** Upload a downloaded programme JSON; the server adds it as a new programme (a copy), all or nothing. */
export function ImportProgrammeForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const inputId = useId();
  const errorId = `${inputId}-error`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [fileError, setFileError] = useState('');
  const [serverError, setServerError] = useState<{ message: string; details: Record<string, string> } | null>(null);
  const [busy, setBusy] = useState(false);

  async function choose(file: File | undefined) {
    setFileError('');
    setServerError(null);
    setLoaded(null);
    if (!file) return;
    try {
      const document: unknown = JSON.parse(await file.text());
      const header = readHeader(document);
      const suffix = t('programmes.import.copySuffix');
      setLoaded({
        document,
        title: header.title ? `${header.title} ${suffix}` : '',
        slug: slugify(`${header.slug || header.title} kopie`),
      });
    } catch (err) {
      setFileError(t('programmes.import.notJson', { message: (err as Error).message }));
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!loaded) return setFileError(fileError || t('programmes.import.noFile'));
    setBusy(true);
    setServerError(null);
    try {
      const created = await importProgramme(loaded.document, { slug: loaded.slug, title: loaded.title });
      navigate(`/programmas/${created.slug}`);
    } catch (err) {
      const details: Record<string, string> = {};
      if (err instanceof ApiError && Array.isArray(err.details)) err.details.forEach((d, i) => (details[String(i)] = describeDetail(d, t)));
      setServerError({ message: `${t('programmes.import.failed')} ${(err as Error).message}`, details });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby={`${inputId}-heading`} className="rt-section">
      <Heading2 id={`${inputId}-heading`}>{t('programmes.import.title')}</Heading2>
      <Paragraph>{t('programmes.import.intro')}</Paragraph>
      <form onSubmit={submit} noValidate>
        <FormErrorSummary title={t('programmes.import.failed')} errors={serverError?.details ?? {}} message={serverError?.message} />
        <FormField type="file" invalid={Boolean(fileError)}>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor={inputId}>{t('programmes.import.file')}</FormLabel>
          </div>
          {fileError && (
            <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
              {fileError}
            </FormFieldErrorMessage>
          )}
          <div className="utrecht-form-field__input">
            <input
              id={inputId}
              type="file"
              accept="application/json,.json"
              aria-describedby={fileError ? errorId : undefined}
              aria-invalid={fileError ? true : undefined}
              onChange={(e) => void choose(e.target.files?.[0])}
            />
          </div>
        </FormField>
        {loaded && (
          <>
            <TextField
              label={t('programmes.import.copyTitle')}
              name="copyTitle"
              value={loaded.title}
              onValue={(title) => setLoaded({ ...loaded, title })}
            />
            <TextField
              label={t('programmes.import.copySlug')}
              description={t('programmeForm.slugHint')}
              name="copySlug"
              value={loaded.slug}
              onValue={(slug) => setLoaded({ ...loaded, slug })}
            />
          </>
        )}
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          {t('programmes.import.submit')}
        </Button>
      </form>
    </section>
  );
}

function describeDetail(d: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (typeof d !== 'object' || d === null) return String(d);
  const { row, path, field, reason } = d as { row?: unknown; path?: unknown; field?: unknown; reason?: unknown };
  const where = typeof path === 'string' ? path : typeof field === 'string' ? field : '';
  return [row !== undefined ? t('programmes.import.row', { row: String(row) }) : '', where, typeof reason === 'string' ? reason : '']
    .filter(Boolean)
    .join(': ');
}
