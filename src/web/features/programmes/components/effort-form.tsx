import {
  Alert,
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldCheckbox,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { conflictCurrent } from '../api/conflict';
import type { NodeDetail } from '../api/get-node';
import { useEfforts } from '../api/list-efforts';
import { createEffort, updateEffort } from '../api/save-effort';
import { partnerLabel, type Effort, type Programme, type TreeNodeData } from '../api/types';
import { EMPTY_EFFORT, effortInput, effortValues } from '../model/effort-values';
import { partnerOptions } from '../model/partners';
import { nodeName } from '../model/tree';
import { NEW_GROUP, serverFieldErrors, validateEffort, type EffortFormValues } from '../model/validate';

interface Props {
  programme: Programme;
  node: NodeDetail;
  /** The programme's other nodes: goals the effort may serve as well. */
  goals: TreeNodeData[];
  /** Given: edit this effort (prefilled, saved on its version); absent: add a new one. */
  effort?: Effort;
  /** A redacteur acting for an organisation may only record that organisation's efforts: the one partner offered. */
  onlyOrganisationId?: string | null;
  onSaved(message: string): void;
  onCancel?(): void;
}

const otherGoals = (e: Effort, nodeId: string) => e.goalIds.filter((id) => id !== nodeId);

/**
 * Record what a partner commits to for this node, or an explicit "geen"; the same form edits a
 * stored effort. DIN is a network: the same effort may also serve other goals of the programme.
 * A stale edit (409) shows the current effort beside the user's input, as node edits do.
 */
export function EffortForm({ programme, node, goals, effort, onlyOrganisationId, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const efforts = useEfforts(programme.slug, node.efforts.length);
  const all = partnerOptions(programme.partners ?? [], efforts.state === 'ready' ? efforts.data.items : effort ? [effort] : []);
  const own = onlyOrganisationId ? all.filter((o) => o.value === `org:${onlyOrganisationId}`) : [];
  // The own organisation is offered alone once it is known among the partners; the server checks either way.
  const options = own.length > 0 ? own : all;
  const [values, setValues] = useState(
    effort ? effortValues(effort) : own.length === 1 ? { ...EMPTY_EFFORT, partner: own[0]?.value ?? '' } : EMPTY_EFFORT,
  );
  const [alsoFor, setAlsoFor] = useState<string[]>(effort ? otherGoals(effort, node.id) : []);
  const [version, setVersion] = useState(effort?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [conflict, setConflict] = useState<Effort | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');
  // Open at the start when editing an effort that serves other goals; afterwards the user decides.
  const [goalsOpen] = useState(effort !== undefined && otherGoals(effort, node.id).length > 0);
  const set = (patch: Partial<EffortFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const partnerName = (v: EffortFormValues) =>
    v.partner === NEW_GROUP ? v.group.trim() : (options.find((o) => o.value === v.partner)?.label ?? '');

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const local = Object.fromEntries(Object.entries(validateEffort(values)).map(([f, key]) => [f, t(key)]));
    setErrors(local);
    setMessage(undefined);
    setNotice(undefined);
    setSaved('');
    if (Object.keys(local).length > 0) return;
    const input = effortInput(values, node.id, alsoFor);
    setBusy(true);
    try {
      if (effort) {
        await updateEffort(programme.slug, effort.id, version, input);
        onSaved(t('effortForm.updated', { partner: partnerName(values) }));
      } else {
        await createEffort(programme.slug, input);
        setValues(EMPTY_EFFORT);
        setAlsoFor([]);
        const text = t('effortForm.saved', { partner: partnerName(values) });
        setSaved(text);
        onSaved(text);
      }
    } catch (err) {
      const current = conflictCurrent(err);
      if (current) return setConflict(current as Effort);
      setErrors(err instanceof ApiError ? serverFieldErrors(err.details) : {});
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const goalNames = (ids: string[]) =>
    ids
      .map((id) => goals.find((g) => g.id === id))
      .filter((g): g is TreeNodeData => g !== undefined)
      .map(nodeName)
      .join(', ');
  const effortText = (v: EffortFormValues) => (v.geen ? t('node.efforts.none') : v.text.trim());

  return (
    <form
      onSubmit={submit}
      noValidate
      className={effort ? 'rt-dialog__form' : 'rt-subform'}
      aria-labelledby={effort ? undefined : 'effort-form-heading'}
    >
      {!effort && <Heading3 id="effort-form-heading">{t('effortForm.title')}</Heading3>}
      {conflict && (
        <ConflictNotice
          version={conflict.version}
          rows={[
            { label: t('effortForm.partner'), current: partnerLabel(conflict.partner), yours: partnerName(values) },
            { label: t('node.efforts.effort'), current: effortText(effortValues(conflict)), yours: effortText(values) },
            { label: t('node.efforts.alsoFor'), current: goalNames(otherGoals(conflict, node.id)), yours: goalNames(alsoFor) },
          ]}
          onRedo={() => {
            setVersion(conflict.version);
            setConflict(null);
            setNotice(t('conflict.redoHint'));
          }}
          onDiscard={() => {
            setValues(effortValues(conflict));
            setAlsoFor(otherGoals(conflict, node.id));
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
      <FormErrorSummary title={t('common.formErrors')} errors={errors} message={message} />
      <SelectField
        label={t('effortForm.partner')}
        name="partner"
        value={values.partner}
        emptyLabel={t('effortForm.choose')}
        options={onlyOrganisationId ? options : [...options, { value: NEW_GROUP, label: t('effortForm.newGroup') }]}
        onChange={(partner) => set({ partner })}
        errorMessage={errors.partner}
        required
      />
      {values.partner === NEW_GROUP && (
        <TextField
          label={t('effortForm.group')}
          name="group"
          value={values.group}
          onValue={(group) => set({ group })}
          errorMessage={errors.group}
          required
        />
      )}
      <FormFieldCheckbox
        label={t('effortForm.none')}
        name="geen"
        checked={values.geen}
        onChange={(e) => set({ geen: e.target.checked, text: '' })}
      />
      {!values.geen && (
        <TextAreaField
          label={t('effortForm.description')}
          name="text"
          value={values.text}
          onValue={(text) => set({ text })}
          errorMessage={errors.text}
        />
      )}
      {goals.length > 0 && (
        <details className="rt-also" open={goalsOpen}>
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
      {effort ? (
        <ButtonGroup className="rt-dialog__actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={conflict !== null}>
            {t('effortForm.submitEdit')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </ButtonGroup>
      ) : (
        <>
          <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
            {t('effortForm.submit')}
          </Button>
          <p role="status" className="rt-saved">
            {saved}
          </p>
        </>
      )}
    </form>
  );
}
