import { Alert, Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { AppButtonLink } from '../../../components/app-link';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { TextAreaField, TextField } from '../../../components/text-field';
import { parseDateInput, toDisplayDate } from '../../../../domain/shared/date-input';
import { ApiError, type Loadable } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { NoRightsNotice, useProgrammeRights } from '../../auth';
import { conflictCurrent } from '../api/conflict';
import { useProgramme } from '../api/get-programme';
import { useOrganisations } from '../api/list-organisations';
import { createProgramme, updateProgramme } from '../api/save-programme';
import type { Organisation, Programme } from '../api/types';
import { parseLevelLabels, serverFieldErrors, slugify, validateProgramme, type ProgrammeFormValues } from '../model/validate';
import { Breadcrumb } from './breadcrumb';
import { OrganisationPicker } from './organisation-picker';
import { ProgrammeExtraFields } from './programme-extra-fields';

interface Values extends ProgrammeFormValues {
  partnerIds: string[];
  regionId: string;
  documentVersion: string;
  adoptedOn: string;
  adoptedBy: string;
  replaces: string;
  vision: string;
  goal: string;
}

const EMPTY: Values = {
  title: '',
  shortName: '',
  slug: '',
  description: '',
  levels: '',
  periodStart: '',
  periodEnd: '',
  partnerIds: [],
  regionId: '',
  documentVersion: '',
  adoptedOn: '',
  adoptedBy: '',
  replaces: '',
  vision: '',
  goal: '',
};

function valuesOf(p: Programme): Values {
  return {
    title: p.title,
    shortName: p.shortName ?? '',
    slug: p.slug,
    description: p.description ?? '',
    levels: p.levelLabels.join(' > '),
    periodStart: toDisplayDate(p.periodStart),
    periodEnd: toDisplayDate(p.periodEnd),
    partnerIds: (p.partners ?? []).map((o) => o.id),
    regionId: p.regionId ?? '',
    documentVersion: p.documentVersion ?? '',
    adoptedOn: toDisplayDate(p.adoptedOn),
    adoptedBy: p.adoptedBy ?? '',
    replaces: p.replaces ?? '',
    vision: p.vision ?? '',
    goal: p.goal ?? '',
  };
}

export function NewProgrammePage() {
  const organisations = useOrganisations();
  return <GuardedProgrammeForm organisations={organisations} />;
}

export function EditProgrammePage() {
  const { programmeId = '' } = useParams();
  const programme = useProgramme(programmeId);
  const organisations = useOrganisations();
  return <LoadState value={programme}>{(p) => <GuardedProgrammeForm programme={p} organisations={organisations} />}</LoadState>;
}

/** Anyone signed in may start a programme; only its beheerders may edit one. Others get a notice instead of the form. */
function GuardedProgrammeForm({ programme, organisations }: { programme?: Programme; organisations: Loadable<{ items: Organisation[] }> }) {
  const { t } = useI18n();
  const rights = useProgrammeRights(programme?.id ?? null);
  if (!rights.known) return <Paragraph aria-live="polite">{t('common.loading')}</Paragraph>;
  if (programme ? rights.may('beheerder') : rights.mayCreateProgramme)
    return <LoadState value={organisations}>{({ items }) => <ProgrammeForm programme={programme} organisations={items} />}</LoadState>;
  const heading = programme ? t('programmeForm.editTitle') : t('programmeForm.newTitle');
  return (
    <>
      <Breadcrumb
        items={[
          { to: '/', label: t('nav.programmes') },
          ...(programme ? [{ to: `/programmas/${programme.slug}`, label: programme.shortName ?? programme.title }] : []),
        ]}
        current={heading}
      />
      <Heading1>{heading}</Heading1>
      <NoRightsNotice
        signedIn={rights.signedIn}
        back={
          programme
            ? { to: `/programmas/${programme.slug}`, label: t('rights.backToProgramme') }
            : { to: '/', label: t('rights.backToList') }
        }
      />
    </>
  );
}

/** Create a programme (from scratch, with its own level labels) or edit one; a stale edit shows the current state. */
function ProgrammeForm({ programme, organisations: initialOrgs }: { programme?: Programme; organisations: Organisation[] }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState<Values>(programme ? valuesOf(programme) : EMPTY);
  const [slugTouched, setSlugTouched] = useState(Boolean(programme));
  const [version, setVersion] = useState(programme?.version ?? 0);
  const [organisations, setOrganisations] = useState(initialOrgs);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [conflict, setConflict] = useState<Programme | null>(null);
  const [busy, setBusy] = useState(false);

  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const setTitle = (title: string) => set(slugTouched ? { title } : { title, slug: slugify(title) });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = Object.fromEntries(Object.entries(validateProgramme(values)).map(([f, key]) => [f, t(key)]));
    const adoptedOn = values.adoptedOn.trim() ? parseDateInput(values.adoptedOn) : null;
    if (values.adoptedOn.trim() && !adoptedOn) local.adoptedOn = t('entry.date.invalid');
    setErrors(local);
    setMessage(undefined);
    setNotice(undefined);
    if (Object.keys(local).length > 0) return;
    const input = {
      slug: values.slug,
      title: values.title.trim(),
      shortName: values.shortName.trim() || null,
      description: values.description.trim() || null,
      levelLabels: parseLevelLabels(values.levels),
      periodStart: parseDateInput(values.periodStart) ?? null,
      periodEnd: parseDateInput(values.periodEnd) ?? null,
      partnerIds: values.partnerIds,
      regionId: values.regionId || null,
      documentVersion: values.documentVersion.trim() || null,
      adoptedOn,
      adoptedBy: values.adoptedBy.trim() || null,
      replaces: values.replaces.trim() || null,
      vision: values.vision.trim() || null,
      goal: values.goal.trim() || null,
    };
    setBusy(true);
    try {
      const saved = programme ? await updateProgramme(programme.id, version, input) : await createProgramme(input);
      navigate(`/programmas/${saved.slug}`);
    } catch (err) {
      const current = conflictCurrent(err);
      if (current) return setConflict(current as Programme);
      const fields = err instanceof ApiError ? serverFieldErrors(err.details) : {};
      if ('levelLabels' in fields) fields.levels = fields.levelLabels ?? '';
      delete fields.levelLabels;
      setErrors(fields);
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const labels: Record<keyof ProgrammeFormValues, string> = {
    title: t('programmeForm.title'),
    shortName: t('programmeForm.shortName'),
    slug: t('programmeForm.slug'),
    description: t('programmeForm.description'),
    levels: t('programmeForm.levels'),
    periodStart: t('programmeForm.periodStart'),
    periodEnd: t('programmeForm.periodEnd'),
  };
  const heading = programme ? t('programmeForm.editTitle') : t('programmeForm.newTitle');
  const partnerNames = (ids: string[]) =>
    ids
      .map((id) => organisations.find((o) => o.id === id)?.name ?? (conflict?.partners ?? []).find((o) => o.id === id)?.name ?? id)
      .sort((a, b) => a.localeCompare(b, 'nl'))
      .join(', ');

  return (
    <>
      <Breadcrumb
        items={[
          { to: '/', label: t('nav.programmes') },
          ...(programme ? [{ to: `/programmas/${programme.slug}`, label: programme.shortName ?? programme.title }] : []),
        ]}
        current={heading}
      />
      <Heading1>{heading}</Heading1>
      {conflict && (
        <ConflictNotice
          version={conflict.version}
          rows={[
            ...(Object.keys(labels) as (keyof ProgrammeFormValues)[]).map((f) => ({
              label: labels[f],
              current: valuesOf(conflict)[f],
              yours: values[f],
            })),
            {
              label: t('programmeForm.partners'),
              current: partnerNames(valuesOf(conflict).partnerIds),
              yours: partnerNames(values.partnerIds),
            },
          ]}
          onRedo={() => {
            setVersion(conflict.version);
            setConflict(null);
            setNotice(t('conflict.redoHint'));
          }}
          onDiscard={() => {
            setValues(valuesOf(conflict));
            setVersion(conflict.version);
            setConflict(null);
          }}
        />
      )}
      {notice && (
        <Alert type="info">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate className="rt-form">
        <FormErrorSummary title={t('common.formErrors')} errors={errors} message={message} />
        <TextField label={labels.title} name="title" value={values.title} onValue={setTitle} errorMessage={errors.title} required />
        <TextField
          label={labels.shortName}
          name="shortName"
          value={values.shortName}
          onValue={(shortName) => set({ shortName })}
          errorMessage={errors.shortName}
        />
        <TextField
          label={labels.slug}
          description={t('programmeForm.slugHint')}
          name="slug"
          value={values.slug}
          onValue={(slug) => {
            setSlugTouched(true);
            set({ slug });
          }}
          errorMessage={errors.slug}
          required
        />
        <TextField
          label={labels.levels}
          description={t('programmeForm.levelsHint')}
          name="levels"
          value={values.levels}
          onValue={(levels) => set({ levels })}
          errorMessage={errors.levels}
          required
        />
        <TextAreaField
          label={labels.description}
          name="description"
          value={values.description}
          onValue={(description) => set({ description })}
          errorMessage={errors.description}
        />
        <div className="rt-field-row">
          <TextField
            label={labels.periodStart}
            name="periodStart"
            description={t('entry.date.hint')}
            value={values.periodStart}
            onValue={(periodStart) => set({ periodStart })}
            errorMessage={errors.periodStart}
          />
          <TextField
            label={labels.periodEnd}
            name="periodEnd"
            description={t('entry.date.hint')}
            value={values.periodEnd}
            onValue={(periodEnd) => set({ periodEnd })}
            errorMessage={errors.periodEnd}
          />
        </div>
        <ProgrammeExtraFields values={values} errors={errors} onChange={set} />
        <OrganisationPicker
          organisations={organisations}
          selected={values.partnerIds}
          onChange={(partnerIds) => set({ partnerIds })}
          onCreated={(o) => setOrganisations((list) => [...list, o])}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || conflict !== null}>
            {programme ? t('common.save') : t('programmeForm.submitNew')}
          </Button>
          <AppButtonLink to={programme ? `/programmas/${programme.slug}` : '/'}>{t('common.cancel')}</AppButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
