import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading1,
  Paragraph,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { SERVICE_KINDS, type ServiceKind } from '../../../../domain/social-map/vocabulary';
import { AppLink } from '../../../components/app-link';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { RadioOption } from '../../../components/radio-option';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { useOrganisationList } from '../../organisations';
import { createService, updateService, useService, useServiceMunicipalities, type ServiceInput, type ServiceView } from '../api/services';
import { kindExplanation, kindLabel, kindOptions, referralKey } from './service-labels';
import './social-map.css';

const EMPTY: ServiceInput = {
  name: '',
  kind: 'inloop',
  description: '',
  targetGroup: '',
  providerOrganisationId: null,
  providerName: '',
  address: '',
  phone: '',
  email: '',
  website: '',
  openingHours: '',
  withoutReferral: null,
  waitingTimeNote: '',
  municipalityIds: [],
  published: false,
  isDemo: false,
};

function inputOf(s: ServiceView): ServiceInput {
  return {
    name: s.name,
    kind: s.kind,
    description: s.description ?? '',
    targetGroup: s.targetGroup ?? '',
    providerOrganisationId: s.provider.organisationId,
    providerName: s.provider.organisationId ? '' : (s.provider.name ?? ''),
    address: s.address ?? '',
    phone: s.phone ?? '',
    email: s.email ?? '',
    website: s.website ?? '',
    openingHours: s.openingHours ?? '',
    withoutReferral: s.withoutReferral,
    waitingTimeNote: s.waitingTimeNote ?? '',
    municipalityIds: s.municipalities.map((m) => m.id),
    published: s.published,
    isDemo: s.isDemo,
  };
}

function CheckboxField({
  checked,
  onChange,
  name,
  children,
}: {
  checked: boolean;
  onChange(v: boolean): void;
  name: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <FormField type="checkbox">
      <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <FormLabel type="checkbox" htmlFor={id}>
          <Checkbox
            className="utrecht-form-field__input"
            id={id}
            name={name}
            checked={checked}
            onChange={(e) => onChange(e.currentTarget.checked)}
          />
          {children}
        </FormLabel>
      </div>
    </FormField>
  );
}

/** API field → form field name, so a server error lands at its field. */
const FIELD_OF: Record<string, keyof ServiceInput> = {
  providerOrganisationId: 'providerOrganisationId',
  municipalityIds: 'municipalityIds',
};

export function NewServicePage() {
  return <ServiceForm service={null} />;
}

export function EditServicePage() {
  const { serviceId = '' } = useParams();
  const service = useService(serviceId);
  return <LoadState value={service}>{(s) => <ServiceForm service={s} />}</LoadState>;
}

/** /sociale-kaart/nieuw and /sociale-kaart/:serviceId/bewerken: every field the API stores; a 409 shows the current service beside the input. */
function ServiceForm({ service }: { service: ServiceView | null }) {
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const municipalities = useServiceMunicipalities();
  const organisations = useOrganisationList();
  const [input, setInput] = useState<ServiceInput>(service ? inputOf(service) : EMPTY);
  const [version, setVersion] = useState(service?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [conflict, setConflict] = useState<ServiceView | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof ServiceInput>(k: K, v: ServiceInput[K]) => setInput({ ...input, [k]: v });
  const back = service ? `/sociale-kaart/${service.id}` : '/sociale-kaart';

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    if (input.name.trim() === '') local.name = t('socialMap.form.required');
    if (input.municipalityIds.length === 0) local.municipalityIds = t('socialMap.form.pickMunicipality');
    setErrors(local);
    setMessage(undefined);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      const saved = service ? await updateService(service.id, version, input) : await createService(input);
      void navigate(`/sociale-kaart/${saved.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const current = (err.details as { current?: ServiceView } | null)?.current ?? null;
        setConflict(current);
      } else if (err instanceof ApiError && Array.isArray(err.details)) {
        const details = err.details as { field?: string; reason?: string }[];
        setMessage(err.message);
        setErrors(Object.fromEntries(details.map((d, i) => [FIELD_OF[d.field ?? ''] ?? d.field ?? `d${i}`, d.reason ?? ''])));
      } else setMessage(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  const text = (
    k: 'name' | 'targetGroup' | 'providerName' | 'address' | 'openingHours' | 'waitingTimeNote',
    label: string,
    required = false,
  ) => <TextField label={label} name={k} value={input[k]} onValue={(v) => set(k, v)} errorMessage={errors[k]} required={required} />;

  return (
    <>
      <Paragraph>
        <AppLink to={back}>{service ? service.name : t('socialMap.back')}</AppLink>
      </Paragraph>
      <Heading1>{service ? t('socialMap.form.editTitle') : t('socialMap.form.newTitle')}</Heading1>
      {conflict && (
        <ConflictNotice
          version={conflict.version}
          rows={[
            { label: t('socialMap.form.name'), current: conflict.name, yours: input.name },
            { label: t('socialMap.form.openingHours'), current: conflict.openingHours ?? '', yours: input.openingHours },
            { label: t('socialMap.form.address'), current: conflict.address ?? '', yours: input.address },
            { label: t('socialMap.form.phone'), current: conflict.phone ?? '', yours: input.phone },
            { label: t('socialMap.form.description'), current: conflict.description ?? '', yours: input.description },
            {
              label: t('socialMap.form.referral'),
              current: t(referralKey(conflict.withoutReferral)),
              yours: t(referralKey(input.withoutReferral)),
            },
          ]}
          onRedo={() => {
            setVersion(conflict.version);
            setConflict(null);
          }}
          onDiscard={() => {
            setInput(inputOf(conflict));
            setVersion(conflict.version);
            setConflict(null);
          }}
        />
      )}
      <FormErrorSummary title={t('socialMap.form.errors')} errors={errors} message={message} />
      <form onSubmit={submit} noValidate>
        {text('name', t('socialMap.form.name'), true)}
        <SelectField
          label={t('socialMap.form.kind')}
          name="kind"
          value={input.kind}
          options={kindOptions(locale)}
          description={`${t('socialMap.form.kindHint')} ${kindLabel(input.kind, locale)}: ${kindExplanation(input.kind)}.`}
          onChange={(v) => set('kind', (SERVICE_KINDS as readonly string[]).includes(v) ? (v as ServiceKind) : 'overig')}
          errorMessage={errors.kind}
        />
        <TextAreaField
          label={t('socialMap.form.description')}
          name="description"
          value={input.description}
          onValue={(v) => set('description', v)}
          errorMessage={errors.description}
        />
        {text('targetGroup', t('socialMap.form.targetGroup'))}
        <Fieldset className="rt-sk-checks" invalid={Boolean(errors.municipalityIds)}>
          <FieldsetLegend>{t('socialMap.form.municipalities')}</FieldsetLegend>
          <Paragraph>{t('socialMap.form.municipalitiesHint')}</Paragraph>
          {errors.municipalityIds && <Paragraph className="utrecht-form-field-error-message">{errors.municipalityIds}</Paragraph>}
          <LoadState value={municipalities}>
            {(data) => (
              <div className="rt-sk-check-list">
                {data.items.map((m) => (
                  <CheckboxField
                    key={m.id}
                    name="municipalityIds"
                    checked={input.municipalityIds.includes(m.id)}
                    onChange={(on) =>
                      set('municipalityIds', on ? [...input.municipalityIds, m.id] : input.municipalityIds.filter((x) => x !== m.id))
                    }
                  >
                    {m.name}
                  </CheckboxField>
                ))}
              </div>
            )}
          </LoadState>
        </Fieldset>
        <SelectField
          label={t('socialMap.form.providerOrganisation')}
          name="providerOrganisationId"
          value={input.providerOrganisationId ?? ''}
          emptyLabel={t('socialMap.form.providerNone')}
          options={organisations.state === 'ready' ? organisations.data.items.map((o) => ({ value: o.id, label: o.name })) : []}
          onChange={(v) => setInput({ ...input, providerOrganisationId: v || null, providerName: v ? '' : input.providerName })}
          errorMessage={errors.providerOrganisationId}
        />
        {input.providerOrganisationId === null && text('providerName', t('socialMap.form.providerName'))}
        {text('address', t('socialMap.form.address'))}
        <TextField
          label={t('socialMap.form.phone')}
          name="phone"
          value={input.phone}
          onValue={(v) => set('phone', v)}
          errorMessage={errors.phone}
          autoComplete="off"
        />
        <TextField
          label={t('socialMap.form.email')}
          name="email"
          type="email"
          value={input.email}
          onValue={(v) => set('email', v)}
          errorMessage={errors.email}
          autoComplete="off"
        />
        <TextField
          label={t('socialMap.form.website')}
          name="website"
          value={input.website}
          onValue={(v) => set('website', v)}
          errorMessage={errors.website}
        />
        {text('openingHours', t('socialMap.form.openingHours'))}
        <Fieldset>
          <FieldsetLegend>{t('socialMap.form.referral')}</FieldsetLegend>
          {([true, false, null] as const).map((v) => (
            <RadioOption
              key={String(v)}
              name="withoutReferral"
              value={String(v)}
              checked={input.withoutReferral === v}
              onChange={() => set('withoutReferral', v)}
            >
              {t(referralKey(v))}
            </RadioOption>
          ))}
        </Fieldset>
        {text('waitingTimeNote', t('socialMap.form.waitingTime'))}
        <CheckboxField name="published" checked={input.published} onChange={(v) => set('published', v)}>
          {t('socialMap.form.published')}
        </CheckboxField>
        <CheckboxField name="isDemo" checked={input.isDemo} onChange={(v) => set('isDemo', v)}>
          {t('socialMap.form.demo')}
        </CheckboxField>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || conflict !== null}>
            {t('socialMap.form.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => void navigate(back)}>
            {t('socialMap.form.cancel')}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
