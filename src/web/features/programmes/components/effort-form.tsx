import { Button, Fieldset, FieldsetLegend, FormFieldCheckbox, Heading3 } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import type { NodeDetail } from '../api/get-node';
import { useEfforts } from '../api/list-efforts';
import { createEffort } from '../api/save-effort';
import type { Programme, TreeNodeData } from '../api/types';
import { partnerOptions } from '../model/partners';
import { NEW_GROUP, serverFieldErrors, validateEffort, type EffortFormValues } from '../model/validate';

const EMPTY: EffortFormValues = { partner: '', group: '', text: '', geen: false };

/**
 * Record what a partner commits to for this node, or an explicit "geen". DIN is a network: the
 * same effort may also serve other goals of the programme.
 */
export function EffortForm({ programme, node, goals, onSaved }: { programme: Programme; node: NodeDetail; goals: TreeNodeData[]; onSaved(): void }) {
  const { t } = useI18n();
  const efforts = useEfforts(programme.slug, node.efforts.length);
  const options = partnerOptions(programme.partners ?? [], efforts.state === 'ready' ? efforts.data.items : []);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  const [alsoFor, setAlsoFor] = useState<string[]>([]);
  const set = (patch: Partial<EffortFormValues>) => setValues((v) => ({ ...v, ...patch }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = Object.fromEntries(Object.entries(validateEffort(values)).map(([f, key]) => [f, t(key)]));
    setErrors(local);
    setMessage(undefined);
    setSaved('');
    if (Object.keys(local).length > 0) return;
    const partner =
      values.partner === NEW_GROUP
        ? { group: values.group.trim() }
        : values.partner.startsWith('org:')
          ? { organisationId: values.partner.slice(4) }
          : { group: values.partner.slice('group:'.length) };
    setBusy(true);
    try {
      await createEffort(programme.slug, { partner, goalIds: [node.id, ...alsoFor], text: values.geen ? null : values.text.trim(), geen: values.geen });
      setValues(EMPTY);
      setAlsoFor([]);
      setSaved(t('effortForm.saved', { partner: options.find((o) => o.value === values.partner)?.label ?? values.group.trim() }));
      onSaved();
    } catch (err) {
      const fields = err instanceof ApiError ? serverFieldErrors(err.details) : {};
      setErrors(fields);
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="rt-subform" aria-labelledby="effort-form-heading">
      <Heading3 id="effort-form-heading">{t('effortForm.title')}</Heading3>
      <FormErrorSummary title={t('common.formErrors')} errors={errors} message={message} />
      <SelectField
        label={t('effortForm.partner')}
        name="partner"
        value={values.partner}
        emptyLabel={t('effortForm.choose')}
        options={[...options, { value: NEW_GROUP, label: t('effortForm.newGroup') }]}
        onChange={(partner) => set({ partner })}
        errorMessage={errors.partner}
        required
      />
      {values.partner === NEW_GROUP && (
        <TextField label={t('effortForm.group')} name="group" value={values.group} onValue={(group) => set({ group })} errorMessage={errors.group} required />
      )}
      <FormFieldCheckbox label={t('effortForm.none')} name="geen" checked={values.geen} onChange={(e) => set({ geen: e.target.checked, text: '' })} />
      {!values.geen && (
        <TextAreaField label={t('effortForm.description')} name="text" value={values.text} onValue={(text) => set({ text })} errorMessage={errors.text} />
      )}
      {goals.length > 0 && (
        <details className="rt-also">
          <summary>{t('effortForm.goals', { count: alsoFor.length })}</summary>
          <Fieldset>
            <FieldsetLegend className="rt-visually-hidden">{t('effortForm.goalsLegend')}</FieldsetLegend>
            {goals.map((g) => (
              <FormFieldCheckbox
                key={g.id}
                label={`${g.levelLabel ?? ''} ${g.code ?? ''} ${g.title}`.replace(/\s+/g, ' ').trim()}
                name="alsoFor"
                value={g.id}
                checked={alsoFor.includes(g.id)}
                onChange={(e) => setAlsoFor(e.target.checked ? [...alsoFor, g.id] : alsoFor.filter((id) => id !== g.id))}
              />
            ))}
          </Fieldset>
        </details>
      )}
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        {t('effortForm.submit')}
      </Button>
      <p role="status" className="rt-saved">
        {saved}
      </p>
    </form>
  );
}
