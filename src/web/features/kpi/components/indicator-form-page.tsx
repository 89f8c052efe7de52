import {
  Alert,
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
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { KPI_UNITS } from '../../../../domain/kpi/units';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages/nl';
import { NoRightsNotice, useProgrammeRights } from '../../auth';
import { useOrganisations, useTree } from '../../programmes';
import { saveIndicator, useIndicatorDefinition } from '../api/save-indicator';
import {
  EMPTY_INDICATOR,
  emptyTarget,
  indicatorBody,
  serverIndicatorErrors,
  TARGET_KINDS,
  targetField,
  valuesOfDefinition,
  type IndicatorDefinitionData,
  type IndicatorFormValues,
  type TargetValues,
} from '../model/indicator-form';
import './kpi.css';

type Org = { id: string; name: string; kind?: string };
type TreeNode = { id: string; code: string | null; title: string; level: number };

/** New indicator (from the KPI overview, or from a node page with ?element=). */
export function NewIndicatorPage() {
  const { programmeId = '' } = useParams();
  const [search] = useSearchParams();
  const tree = useTree(programmeId);
  const orgs = useOrganisations();
  const nodeId = search.get('element');
  return (
    <LoadState value={tree}>
      {({ programme, nodes }) => (
        <LoadState value={orgs}>
          {({ items }) => (
            <Guarded
              programme={programme}
              nodes={nodes}
              organisations={items}
              initial={{ ...EMPTY_INDICATOR, nodeIds: nodeId && nodes.some((n) => n.id === nodeId) ? [nodeId] : [] }}
            />
          )}
        </LoadState>
      )}
    </LoadState>
  );
}

/** Edit an indicator: its definition, targets, nodes and delivering organisations. */
export function EditIndicatorPage() {
  const { programmeId = '', indicatorId = '' } = useParams();
  const tree = useTree(programmeId);
  const orgs = useOrganisations();
  const definition = useIndicatorDefinition(programmeId, indicatorId);
  return (
    <LoadState value={tree}>
      {({ programme, nodes }) => (
        <LoadState value={orgs}>
          {({ items }) => (
            <LoadState value={definition}>
              {(d) => (
                <Guarded
                  key={d.version}
                  programme={programme}
                  nodes={nodes}
                  organisations={items}
                  definition={d}
                  initial={valuesOfDefinition(d)}
                />
              )}
            </LoadState>
          )}
        </LoadState>
      )}
    </LoadState>
  );
}

interface Props {
  programme: { id: string; slug: string; title: string; shortName: string | null };
  nodes: TreeNode[];
  organisations: Org[];
  definition?: IndicatorDefinitionData;
  initial: IndicatorFormValues;
}

function Guarded(props: Props) {
  const { t } = useI18n();
  const rights = useProgrammeRights(props.programme.id);
  const base = `/programmas/${props.programme.slug}/kpi`;
  if (!rights.known) return <Paragraph aria-live="polite">{t('common.loading')}</Paragraph>;
  const allowed = props.definition ? rights.mayEdit(props.definition.ownerOrganisationId) : rights.may('redacteur');
  if (allowed) return <IndicatorForm {...props} ownOrganisation={rights.may('beheerder') ? null : rights.ownOrganisationId} />;
  return (
    <>
      <Heading1>{props.definition ? t('kpi.form.edit') : t('kpi.form.new')}</Heading1>
      <NoRightsNotice
        signedIn={rights.signedIn}
        back={{ to: props.definition ? `${base}/${props.definition.id}` : base, label: t('kpi.backToOverview') }}
      />
    </>
  );
}

function CheckboxOption({
  checked,
  onChange,
  children,
  name,
}: {
  checked: boolean;
  onChange(v: boolean): void;
  children: ReactNode;
  name: string;
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

const conflictOf = (err: unknown): IndicatorDefinitionData | null => {
  if (!(err instanceof ApiError) || err.status !== 409) return null;
  const d = err.details;
  return typeof d === 'object' && d !== null && 'current' in d ? ((d as { current: IndicatorDefinitionData }).current ?? null) : null;
};

function IndicatorForm({
  programme,
  nodes,
  organisations,
  definition,
  initial,
  ownOrganisation,
}: Props & { ownOrganisation: string | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState<IndicatorFormValues>(
    definition ? initial : { ...initial, ownerOrganisationId: initial.ownerOrganisationId || (ownOrganisation ?? '') },
  );
  const [version, setVersion] = useState<number | null>(definition?.version ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [conflict, setConflict] = useState<IndicatorDefinitionData | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<IndicatorFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const setTarget = (i: number, patch: Partial<TargetValues>) =>
    setValues((v) => ({ ...v, targets: v.targets.map((tg, k) => (k === i ? { ...tg, ...patch } : tg)) }));
  const base = `/programmas/${programme.slug}/kpi`;
  const heading = definition ? t('kpi.form.edit') : t('kpi.form.new');

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(undefined);
    setNotice(undefined);
    const { errors: local, body } = indicatorBody(values);
    setErrors(Object.fromEntries(Object.entries(local).map(([f, err]) => [f, t(err.key as MessageKey, err.params)])));
    if (!body) return;
    setBusy(true);
    try {
      const saved = await saveIndicator(programme.slug, {
        ...body,
        ...(definition ? { id: definition.id } : {}),
        expectedVersion: version,
      });
      navigate(`${base}/${saved.id}`);
    } catch (err) {
      const current = conflictOf(err);
      if (current) return setConflict(current);
      setErrors(err instanceof ApiError ? serverIndicatorErrors(err.details) : {});
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';
  const unitChoices = [...organisations]
    .filter(
      (o) => (values.dimension === 'gemeente' ? o.kind === 'gemeente' : o.kind !== 'gemeente') || values.unitOrganisationIds.includes(o.id),
    )
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const conflictRows = (current: IndicatorFormValues) =>
    (
      [
        ['code', t('kpi.form.code')],
        ['name', t('kpi.form.name')],
        ['definition', t('kpi.form.definition')],
        ['unit', t('kpi.form.unit')],
        ['baselineValue', t('kpi.form.baselineValue')],
        ['baselineDate', t('kpi.form.baselineDate')],
        ['source', t('kpi.form.source')],
      ] as const
    )
      .map(([f, label]) => ({ label, current: String(current[f]), yours: String(values[f]) }))
      .concat([
        {
          label: t('kpi.form.section.targets'),
          current: JSON.stringify(current.targets),
          yours: JSON.stringify(values.targets),
        },
        { label: t('kpi.form.owner'), current: orgName(current.ownerOrganisationId), yours: orgName(values.ownerOrganisationId) },
      ]);

  return (
    <>
      <Paragraph>
        <AppLink to={definition ? `${base}/${definition.id}` : base}>{t('kpi.backToOverview')}</AppLink>
      </Paragraph>
      <Heading1>{heading}</Heading1>
      <Paragraph>{t('kpi.form.intro')}</Paragraph>
      {conflict && (
        <ConflictNotice
          version={conflict.version}
          rows={conflictRows(valuesOfDefinition(conflict))}
          onRedo={() => {
            setVersion(conflict.version);
            setConflict(null);
            setNotice(t('conflict.redoHint'));
          }}
          onDiscard={() => {
            setValues(valuesOfDefinition(conflict));
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
      <form onSubmit={submit} noValidate className="rt-form" data-testid="indicator-form">
        <FormErrorSummary title={t('common.formErrors')} errors={errors} message={message} />
        <Fieldset>
          <FieldsetLegend>{t('kpi.form.section.what')}</FieldsetLegend>
          <TextField
            label={t('kpi.form.code')}
            description={t('kpi.form.codeHint')}
            name="code"
            value={values.code}
            onValue={(code) => set({ code })}
            errorMessage={errors.code}
            required
          />
          <TextField
            label={t('kpi.form.name')}
            name="name"
            value={values.name}
            onValue={(name) => set({ name })}
            errorMessage={errors.name}
            required
          />
          <TextAreaField
            rows={3}
            label={t('kpi.form.definition')}
            name="definition"
            value={values.definition}
            onValue={(definition) => set({ definition })}
            errorMessage={errors.definition}
          />
          <SelectField
            label={t('kpi.form.unit')}
            description={t('kpi.form.unitHint')}
            name="unit"
            value={values.unit}
            options={KPI_UNITS.map((u) => ({ value: u, label: t(`kpi.form.unit.${u}`) }))}
            onChange={(unit) => set({ unit: KPI_UNITS.find((u) => u === unit) ?? 'aantal' })}
            errorMessage={errors.unit}
          />
          <SelectField
            label={t('kpi.form.direction')}
            name="direction"
            value={values.direction}
            options={(['hoger', 'lager'] as const).map((d) => ({ value: d, label: t(`kpi.direction.${d}`) }))}
            onChange={(d) => set({ direction: d === 'lager' ? 'lager' : 'hoger' })}
            errorMessage={errors.direction}
          />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('kpi.form.section.ratio')}</FieldsetLegend>
          <CheckboxOption name="isRatio" checked={values.isRatio} onChange={(isRatio) => set({ isRatio })}>
            {t('kpi.form.isRatio')}
          </CheckboxOption>
          {values.isRatio && (
            <>
              <Paragraph>{t('kpi.form.ratioHint')}</Paragraph>
              <TextField
                label={t('kpi.form.numerator')}
                name="numerator"
                value={values.numerator}
                onValue={(numerator) => set({ numerator })}
                errorMessage={errors.numerator}
                required
              />
              <TextField
                label={t('kpi.form.denominator')}
                name="denominator"
                value={values.denominator}
                onValue={(denominator) => set({ denominator })}
                errorMessage={errors.denominator}
                required
              />
            </>
          )}
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('kpi.form.section.baseline')}</FieldsetLegend>
          <Paragraph>{t('kpi.form.baselineHint')}</Paragraph>
          <div className="rt-field-row">
            <TextField
              label={t('kpi.form.baselineValue')}
              name="baselineValue"
              value={values.baselineValue}
              onValue={(baselineValue) => set({ baselineValue })}
              errorMessage={errors.baselineValue}
            />
            <TextField
              label={t('kpi.form.baselineDate')}
              name="baselineDate"
              value={values.baselineDate}
              onValue={(baselineDate) => set({ baselineDate })}
              errorMessage={errors.baselineDate}
            />
          </div>
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('kpi.form.section.where')}</FieldsetLegend>
          <SelectField
            label={t('kpi.form.dimension')}
            name="dimension"
            value={values.dimension}
            options={(['gemeente', 'aanbieder', 'regio', 'totaal'] as const).map((d) => ({
              value: d,
              label: t(`kpi.form.dimension.${d}`),
            }))}
            onChange={(d) => set({ dimension: d === 'gemeente' || d === 'aanbieder' || d === 'regio' ? d : 'totaal' })}
            errorMessage={errors.dimension}
          />
          <SelectField
            label={t('kpi.form.grain')}
            name="grain"
            value={values.grain}
            options={(['maand', 'kwartaal', 'halfjaar', 'jaar'] as const).map((g) => ({ value: g, label: t(`kpi.form.grain.${g}`) }))}
            onChange={(g) => set({ grain: g === 'maand' || g === 'kwartaal' || g === 'halfjaar' ? g : 'jaar' })}
            errorMessage={errors.grain}
          />
          {(values.dimension === 'gemeente' || values.dimension === 'aanbieder') && (
            <Fieldset invalid={Boolean(errors.unitOrganisationIds)}>
              <FieldsetLegend>{t('kpi.form.units')}</FieldsetLegend>
              <Paragraph>{t('kpi.form.unitsHint')}</Paragraph>
              {errors.unitOrganisationIds && <Paragraph className="rt-field-error">{errors.unitOrganisationIds}</Paragraph>}
              <div className="rt-kpi-choices">
                {unitChoices.map((o) => (
                  <CheckboxOption
                    key={o.id}
                    name="unitOrganisationIds"
                    checked={values.unitOrganisationIds.includes(o.id)}
                    onChange={(on) =>
                      set({
                        unitOrganisationIds: on
                          ? [...values.unitOrganisationIds, o.id]
                          : values.unitOrganisationIds.filter((x) => x !== o.id),
                      })
                    }
                  >
                    {o.name}
                  </CheckboxOption>
                ))}
              </div>
            </Fieldset>
          )}
          <SelectField
            label={t('kpi.form.owner')}
            name="ownerOrganisationId"
            value={values.ownerOrganisationId}
            emptyLabel={t('kpi.form.noOwner')}
            options={[...organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((o) => ({ value: o.id, label: o.name }))}
            onChange={(ownerOrganisationId) => set({ ownerOrganisationId })}
            errorMessage={errors.ownerOrganisationId}
          />
          <TextField
            label={t('kpi.form.source')}
            name="source"
            value={values.source}
            onValue={(source) => set({ source })}
            errorMessage={errors.source}
          />
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('kpi.form.section.nodes')}</FieldsetLegend>
          {errors.nodeIds && <Paragraph className="rt-field-error">{errors.nodeIds}</Paragraph>}
          {nodes.length === 0 ? (
            <Paragraph>{t('kpi.form.noNodes')}</Paragraph>
          ) : (
            <div className="rt-kpi-choices rt-kpi-tree">
              {nodes.map((n) => (
                <div key={n.id} style={{ paddingInlineStart: `${n.level * 1.25}rem` }}>
                  <CheckboxOption
                    name="nodeIds"
                    checked={values.nodeIds.includes(n.id)}
                    onChange={(on) => set({ nodeIds: on ? [...values.nodeIds, n.id] : values.nodeIds.filter((x) => x !== n.id) })}
                  >
                    {[n.code, n.title].filter(Boolean).join(' ')}
                  </CheckboxOption>
                </div>
              ))}
            </div>
          )}
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('kpi.form.section.thresholds')}</FieldsetLegend>
          <Paragraph>{t('kpi.form.thresholdsHint')}</Paragraph>
          <div className="rt-field-row">
            <TextField
              label={t('kpi.form.onTrack')}
              name="onTrack"
              value={values.onTrack}
              onValue={(onTrack) => set({ onTrack })}
              errorMessage={errors.onTrack}
            />
            <TextField
              label={t('kpi.form.risk')}
              name="risk"
              value={values.risk}
              onValue={(risk) => set({ risk })}
              errorMessage={errors.risk}
            />
          </div>
        </Fieldset>

        <Fieldset>
          <FieldsetLegend>{t('kpi.form.section.targets')}</FieldsetLegend>
          {values.targets.length === 0 && <Paragraph>{t('kpi.form.noTargets')}</Paragraph>}
          {values.targets.map((tg, i) => (
            <TargetFields
              key={i}
              index={i}
              target={tg}
              errors={errors}
              onChange={(patch) => setTarget(i, patch)}
              onRemove={() => set({ targets: values.targets.filter((_, k) => k !== i) })}
            />
          ))}
          <Button type="button" appearance="secondary-action-button" onClick={() => set({ targets: [...values.targets, emptyTarget()] })}>
            {t('kpi.form.addTarget')}
          </Button>
        </Fieldset>

        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || conflict !== null}>
            {definition ? t('common.save') : t('kpi.form.saveNew')}
          </Button>
          <AppButtonLink to={definition ? `${base}/${definition.id}` : base}>{t('common.cancel')}</AppButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}

function TargetFields({
  index,
  target: tg,
  errors,
  onChange,
  onRemove,
}: {
  index: number;
  target: TargetValues;
  errors: Record<string, string>;
  onChange(patch: Partial<TargetValues>): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const n = index + 1;
  const f = (part: string) => targetField(index, part);
  const err = (part: string) => errors[f(part)];
  const text = (part: 'value' | 'by' | 'change' | 'total' | 'from' | 'to' | 'name', label: string) => (
    <TextField label={label} name={f(part)} value={tg[part]} onValue={(v) => onChange({ [part]: v })} errorMessage={err(part)} />
  );
  return (
    <Fieldset className="rt-kpi-target" data-testid="kpi-target">
      <FieldsetLegend>{t('kpi.form.target', { n })}</FieldsetLegend>
      {text('name', t('kpi.form.target.name'))}
      <SelectField
        label={t('kpi.form.target.kind')}
        name={f('kind')}
        value={tg.kind}
        options={TARGET_KINDS.map((k) => ({ value: k, label: t(`kpi.form.target.kind.${k}`) }))}
        onChange={(k) => onChange({ kind: TARGET_KINDS.find((x) => x === k) ?? 'absoluut' })}
        errorMessage={err('kind')}
      />
      <SelectField
        label={t('kpi.form.target.scope')}
        name={f('scope')}
        value={tg.scope}
        options={(['totaal', 'elke-eenheid'] as const).map((s) => ({ value: s, label: t(`kpi.form.target.scope.${s}`) }))}
        onChange={(s) => onChange({ scope: s === 'elke-eenheid' ? 'elke-eenheid' : 'totaal' })}
        errorMessage={err('scope')}
      />
      {tg.kind === 'absoluut' && (
        <div className="rt-field-row">
          {text('value', t('kpi.form.target.value'))}
          {text('by', t('kpi.form.target.by'))}
        </div>
      )}
      {tg.kind === 'nul' && text('by', t('kpi.form.target.by'))}
      {tg.kind === 'reeks' && (
        <TextAreaField
          rows={4}
          label={t('kpi.form.target.points')}
          name={f('points')}
          value={tg.points}
          onValue={(points) => onChange({ points })}
          errorMessage={err('points')}
        />
      )}
      {tg.kind === 'relatief' && (
        <>
          <SelectField
            label={t('kpi.form.target.changeUnit')}
            name={f('changeUnit')}
            value={tg.changeUnit}
            options={(['percent', 'procentpunt'] as const).map((u) => ({ value: u, label: t(`kpi.form.target.changeUnit.${u}`) }))}
            onChange={(u) => onChange({ changeUnit: u === 'procentpunt' ? 'procentpunt' : 'percent' })}
            errorMessage={err('changeUnit')}
          />
          <div className="rt-field-row">
            {text('change', t('kpi.form.target.change'))}
            {text('by', t('kpi.form.target.by'))}
          </div>
        </>
      )}
      {tg.kind === 'cumulatief' && (
        <>
          {text('total', t('kpi.form.target.total'))}
          <div className="rt-field-row">
            {text('from', t('kpi.form.target.from'))}
            {text('to', t('kpi.form.target.to'))}
          </div>
        </>
      )}
      <Button type="button" appearance="subtle-button" onClick={onRemove}>
        {t('kpi.form.removeTarget', { n })}
      </Button>
    </Fieldset>
  );
}
