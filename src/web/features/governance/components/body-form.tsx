import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { useI18n } from '../../../lib/i18n';
import type { Option } from '../api/options';
import type { BodyInput } from '../api/save-body';
import { BODY_KINDS, type Body, type BodyKind } from '../api/types';
import { MultiSelect } from './form-parts';
import { kindKey } from './governance-nav';

/** The body form as typed. */
export interface BodyValues {
  name: string;
  kind: BodyKind;
  frequencyText: string;
  durationText: string;
  purpose: string;
  mandate: string;
  parentId: string;
  refersToBodyId: string;
  refersToName: string;
  nodeIds: string[];
}

export const emptyBody: BodyValues = {
  name: '',
  kind: 'werkgroep',
  frequencyText: '',
  durationText: '',
  purpose: '',
  mandate: '',
  parentId: '',
  refersToBodyId: '',
  refersToName: '',
  nodeIds: [],
};

export const bodyValues = (b: Body): BodyValues => ({
  name: b.name,
  kind: b.kind,
  frequencyText: b.frequencyText ?? '',
  durationText: b.durationText ?? '',
  purpose: b.purpose ?? '',
  mandate: b.mandate ?? '',
  parentId: b.parent?.id ?? '',
  refersToBodyId: b.refersTo?.id ?? '',
  refersToName: b.refersToName ?? '',
  nodeIds: b.nodes.map((n) => n.id),
});

export const bodyInput = (v: BodyValues): BodyInput => ({
  name: v.name,
  kind: v.kind,
  frequencyText: v.frequencyText || null,
  durationText: v.durationText || null,
  purpose: v.purpose || null,
  mandate: v.mandate || null,
  parentId: v.parentId || null,
  refersToBodyId: v.refersToBodyId || null,
  refersToName: v.refersToName || null,
  nodeIds: [...new Set(v.nodeIds.filter(Boolean))],
});

/**
 * A body: name, kind, frequency and duration as written, purpose, mandate, the nodes it steers,
 * nesting and referral. One form for adding (bodies page) and editing (body page).
 */
export function BodyForm({
  initial,
  bodies,
  nodes,
  submitLabel,
  onSubmit,
  onCancel,
  conflict,
  label,
}: {
  initial: BodyValues;
  /** The programme's other bodies (nesting and referral choices). */
  bodies: Option[];
  nodes: Option[];
  submitLabel: string;
  onSubmit(values: BodyValues): Promise<boolean>;
  onCancel?: () => void;
  conflict?: ReactNode;
  label: string;
}) {
  const { t } = useI18n();
  const [form, setForm] = useState(initial);
  const set = (k: Exclude<keyof BodyValues, 'nodeIds'>) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  return (
    <form
      noValidate
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(form).then((reset) => reset && setForm(emptyBody));
      }}
    >
      {conflict}
      <TextField label={t('governance.field.name')} name="name" value={form.name} onValue={set('name')} required />
      <SelectField
        label={t('governance.field.kind')}
        name="kind"
        value={form.kind}
        onChange={set('kind')}
        options={BODY_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))}
      />
      <TextField
        label={t('governance.field.frequency')}
        name="frequencyText"
        value={form.frequencyText}
        onValue={set('frequencyText')}
        description={t('governance.field.frequencyHint')}
      />
      <TextField label={t('governance.field.duration')} name="durationText" value={form.durationText} onValue={set('durationText')} />
      <TextAreaField label={t('governance.field.purpose')} name="purpose" value={form.purpose} onValue={set('purpose')} />
      <TextAreaField label={t('governance.field.mandate')} name="mandate" value={form.mandate} onValue={set('mandate')} />
      <MultiSelect
        legend={t('governance.body.nodes')}
        name="nodeIds"
        values={form.nodeIds}
        options={nodes}
        emptyLabel={t('governance.field.none')}
        onChange={(nodeIds) => setForm((f) => ({ ...f, nodeIds }))}
      />
      <SelectField
        label={t('governance.field.parent')}
        name="parentId"
        value={form.parentId}
        onChange={set('parentId')}
        emptyLabel={t('governance.field.none')}
        options={bodies}
      />
      <SelectField
        label={t('governance.field.refersTo')}
        name="refersToBodyId"
        value={form.refersToBodyId}
        onChange={set('refersToBodyId')}
        emptyLabel={t('governance.field.none')}
        options={bodies}
      />
      <TextField label={t('governance.field.refersToName')} name="refersToName" value={form.refersToName} onValue={set('refersToName')} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {submitLabel}
        </Button>
        {onCancel && (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('governance.cancel')}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}
