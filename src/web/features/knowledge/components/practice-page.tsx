import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Link,
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
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { parseDateInput, toDisplayDate } from '../../../../domain/shared/date-input';
import { ADOPTION_STATUSES, type AdoptionStatus } from '../../../../domain/knowledge/vocabulary';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FlashMessage, flashState } from '../../../components/flash-message';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { PlainText } from '../../../components/plain-text';
import { SelectField } from '../../../components/select-field';
import { StatusMessage } from '../../../components/status-message';
import { TextField } from '../../../components/text-field';
import { useKeptWhileLoading } from '../../../components/use-kept-while-loading';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { deletePractice, removeAdoption, setAdoption, useMunicipalities, usePractice, type PracticeView } from '../api/practices';
import { useMayMaintainKnowledge } from '../api/rights';

/** /goede-praktijken/:practiceId: the practice, its related nodes and its adoption per gemeente. */
export function PracticePage() {
  const { practiceId = '' } = useParams();
  const [revision, setRevision] = useState(0);
  // Kept while reloading after a change: the page (and its status message) stays in place.
  const practice = useKeptWhileLoading(usePractice(practiceId, revision));
  return <LoadState value={practice}>{(p) => <PracticeView key={p.id} p={p} onChanged={() => setRevision((r) => r + 1)} />}</LoadState>;
}

function PracticeView({ p, onChanged }: { p: PracticeView; onChanged(): void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const rights = useMayMaintainKnowledge();
  const [deleting, setDeleting] = useState(false);
  const [status, setStatus] = useState('');
  const none = <span className="rt-muted">{t('practice.none')}</span>;
  const origin = [p.origin.organisation?.name, p.origin.region?.name, p.origin.text].filter(Boolean).join(' — ');
  return (
    <div className="rt-page">
      <nav aria-label={t('nav.main')} className="rt-breadcrumb-simple">
        <AppLink to="/goede-praktijken">{t('practice.backToList')}</AppLink>
      </nav>
      <FlashMessage />
      <Heading1>{p.title}</Heading1>
      {rights.may && (
        <ButtonGroup>
          <AppButtonLink to={`/goede-praktijken/${p.id}/bewerken`} appearance="primary-action">
            {t('practice.edit')}
          </AppButtonLink>
          <Button type="button" appearance="secondary-action-button" onClick={() => setDeleting(true)}>
            {t('practice.delete')}
          </Button>
        </ButtonGroup>
      )}
      <DataList className="rt-facts" appearance="rows">
        <DataListItem>
          <DataListKey>{t('practice.summary')}</DataListKey>
          <DataListValue multiline>{p.summary ? <PlainText text={p.summary} /> : none}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('practice.targetGroup')}</DataListKey>
          <DataListValue>{p.targetGroup ?? none}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('practice.origin')}</DataListKey>
          <DataListValue>{origin || none}</DataListValue>
        </DataListItem>
        {rights.signedIn && (
          <DataListItem>
            <DataListKey>{t('practice.contact')}</DataListKey>
            <DataListValue>{p.contact ?? t('practice.contactUnknown')}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{t('practice.tags')}</DataListKey>
          <DataListValue>
            {p.tags.length === 0
              ? none
              : p.tags.map((tag, i) => (
                  <span key={tag}>
                    {i > 0 && ', '}
                    <AppLink to={`/goede-praktijken?tag=${encodeURIComponent(tag)}`}>{tag}</AppLink>
                  </span>
                ))}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('practice.status')}</DataListKey>
          <DataListValue>{p.published ? t('practice.published') : t('practices.draft')}</DataListValue>
        </DataListItem>
      </DataList>

      <Heading2>{t('practice.components')}</Heading2>
      {p.workingComponents.length === 0 ? (
        <Paragraph>{t('practice.none')}</Paragraph>
      ) : (
        <UnorderedList>
          {p.workingComponents.map((c, i) => (
            <UnorderedListItem key={i}>{c}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}

      {p.links.length > 0 && (
        <>
          <Heading2>{t('practice.links')}</Heading2>
          <UnorderedList>
            {p.links.map((l) => (
              <UnorderedListItem key={l}>
                <Link href={l} rel="noopener noreferrer external">
                  {l}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}

      <Heading2>{t('practice.related')}</Heading2>
      {p.relatedNodes.length === 0 ? (
        <Paragraph>{t('practice.relatedEmpty')}</Paragraph>
      ) : (
        <UnorderedList>
          {p.relatedNodes.map((n) => (
            <UnorderedListItem key={n.id}>
              <AppLink to={`/programmas/${n.programmeSlug}/elementen/${n.id}`}>{[n.code, n.title].filter(Boolean).join(' ')}</AppLink> (
              {n.programmeTitle})
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}

      <Heading2>{t('adoption.title')}</Heading2>
      <StatusMessage message={status} testId="adoption-status" />
      {p.adoptions.length === 0 ? (
        <Paragraph>{t('adoption.empty')}</Paragraph>
      ) : (
        <Table>
          <TableCaption>{t('adoption.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('adoption.municipality')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('adoption.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('adoption.date')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('adoption.note')}</TableHeaderCell>
              {rights.may && <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {p.adoptions.map((a) => (
              <TableRow key={a.organisationId} data-testid="adoption-row">
                <TableHeaderCell scope="row">
                  <AppLink to={`/goede-praktijken?gemeente=${a.organisationId}`}>{a.organisationName}</AppLink>
                </TableHeaderCell>
                <TableCell>{t(`adoption.status.${a.status}`)}</TableCell>
                <TableCell>{a.statusDate ? toDisplayDate(a.statusDate) : t('common.none')}</TableCell>
                <TableCell>{a.note ?? t('common.none')}</TableCell>
                {rights.may && (
                  <TableCell>
                    <Button
                      type="button"
                      appearance="subtle-button"
                      aria-label={`${t('adoption.remove')}: ${a.organisationName}`}
                      onClick={async () => {
                        await removeAdoption(p.id, a.organisationId);
                        setStatus(t('adoption.removed', { name: a.organisationName }));
                        onChanged();
                      }}
                    >
                      {t('adoption.remove')}
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {rights.may && <AdoptionForm practice={p} onSaved={(message) => (setStatus(message), onChanged())} />}
      {deleting && (
        <ConfirmDialog
          title={t('practice.deleteTitle')}
          onClose={() => setDeleting(false)}
          actions={[
            {
              label: t('practice.deleteConfirm'),
              danger: true,
              run: async () => {
                await deletePractice(p.id, p.version);
                navigate('/goede-praktijken', { state: flashState(t('practice.deleted', { title: p.title })) });
              },
            },
          ]}
        >
          <Paragraph>{p.title}</Paragraph>
        </ConfirmDialog>
      )}
    </div>
  );
}

function AdoptionForm({ practice, onSaved }: { practice: PracticeView; onSaved(message: string): void }) {
  const { t } = useI18n();
  const municipalities = useMunicipalities(true);
  const [organisationId, setOrganisationId] = useState('');
  const [status, setStatusValue] = useState<AdoptionStatus>('ingevoerd');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const options = municipalities.state === 'ready' ? municipalities.data.map((m) => ({ value: m.id, label: m.name })) : [];
  return (
    <form
      className="rt-form"
      aria-labelledby="adoption-form-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const next: Record<string, string> = {};
        if (!organisationId) next.organisationId = t('adoption.municipality');
        const iso = date.trim() ? parseDateInput(date) : null;
        if (date.trim() && !iso) next.statusDate = t('adoption.date');
        setErrors(next);
        setMessage(undefined);
        if (Object.keys(next).length > 0) return;
        try {
          await setAdoption(practice.id, organisationId, { status, statusDate: iso, note: note.trim() || null });
          const name = options.find((o) => o.value === organisationId)?.label ?? '';
          onSaved(t('adoption.saved', { name, status: t(`adoption.status.${status}`) }));
        } catch (err) {
          setMessage(err instanceof ApiError ? err.message : String(err));
        }
      }}
    >
      <Heading2 id="adoption-form-title">{t('adoption.formTitle')}</Heading2>
      <FormErrorSummary title={t('practiceForm.errors')} errors={errors} message={message} />
      <SelectField
        label={t('adoption.municipality')}
        name="organisationId"
        value={organisationId}
        options={options}
        emptyLabel="—"
        onChange={setOrganisationId}
        errorMessage={errors.organisationId}
        required
      />
      <SelectField
        label={t('adoption.status')}
        name="status"
        value={status}
        options={ADOPTION_STATUSES.map((s) => ({ value: s, label: t(`adoption.status.${s}`) }))}
        onChange={(v) => setStatusValue(v as AdoptionStatus)}
      />
      <TextField label={t('adoption.date')} name="statusDate" value={date} onValue={setDate} errorMessage={errors.statusDate} />
      <TextField label={t('adoption.note')} name="note" value={note} onValue={setNote} />
      <Button type="submit" appearance="primary-action-button">
        {t('adoption.save')}
      </Button>
    </form>
  );
}
