import { Alert, Button, ButtonGroup, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { NODE_SCOPES, type NodeScope } from '../../../../domain/programme/vocabulary';
import { AppButtonLink } from '../../../components/app-link';
import { ConflictNotice } from '../../../components/conflict-notice';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { NoRightsNotice, useProgrammeRights } from '../../auth';
import { conflictCurrent } from '../api/conflict';
import { useNode, type NodeDetail } from '../api/get-node';
import { useTree } from '../api/get-tree';
import { useOrganisations } from '../api/list-organisations';
import { createNode, updateNode } from '../api/save-node';
import type { Organisation, Programme, TreeNodeData } from '../api/types';
import { levelLabel } from '../model/tree';
import { serverFieldErrors, validateNode, type NodeFormValues } from '../model/validate';
import { Breadcrumb } from './breadcrumb';
import { extraInput, extraValuesOf, NodeExtraFields, type NodeExtraValues } from './node-extra-fields';

const EMPTY: NodeFormValues = {
  code: '',
  title: '',
  description: '',
  scope: '',
  ownerOrganisationId: '',
  deadline: '',
  doelstelling: '',
  expectedResult: '',
};

function valuesOf(n: NodeDetail): NodeFormValues {
  const deadline = n.deadline && n.deadline.grain !== 'geen' ? (n.deadline.wording ?? n.deadlineLabel ?? '') : '';
  return {
    code: n.code ?? '',
    title: n.title,
    description: n.description ?? '',
    scope: n.scope ?? '',
    ownerOrganisationId: n.ownerOrganisation?.id ?? '',
    deadline,
    doelstelling: n.doelstelling ?? '',
    expectedResult: n.expectedResult ?? '',
  };
}

export function NewNodePage() {
  const { programmeId = '' } = useParams();
  const [search] = useSearchParams();
  const tree = useTree(programmeId);
  const organisations = useOrganisations();
  return (
    <LoadState value={tree}>
      {({ programme, nodes }) => (
        <LoadState value={organisations}>
          {({ items }) => (
            <GuardedNodeForm programme={programme} parent={nodes.find((n) => n.id === search.get('onder')) ?? null} organisations={items} />
          )}
        </LoadState>
      )}
    </LoadState>
  );
}

export function EditNodePage() {
  const { programmeId = '', nodeId = '' } = useParams();
  const tree = useTree(programmeId);
  const node = useNode(programmeId, nodeId);
  const organisations = useOrganisations();
  return (
    <LoadState value={tree}>
      {({ programme, nodes }) => (
        <LoadState value={node}>
          {(n) => (
            <LoadState value={organisations}>
              {({ items }) => (
                <GuardedNodeForm
                  key={n.version}
                  programme={programme}
                  parent={nodes.find((x) => x.id === n.parentId) ?? null}
                  node={n}
                  organisations={items}
                />
              )}
            </LoadState>
          )}
        </LoadState>
      )}
    </LoadState>
  );
}

interface FormProps {
  programme: Programme;
  parent: TreeNodeData | null;
  node?: NodeDetail;
  organisations: Organisation[];
}

/** The form only for those who may save it (the node's organisation, or any for a beheerder); a notice for others. */
function GuardedNodeForm(props: FormProps) {
  const { t } = useI18n();
  const rights = useProgrammeRights(props.programme.id);
  const { programme: p, parent, node } = props;
  if (!rights.known) return <Paragraph aria-live="polite">{t('common.loading')}</Paragraph>;
  const allowed = node ? rights.mayEdit(node.ownerOrganisation?.id ?? null) : rights.mayCreate;
  if (allowed) {
    // A redacteur adds nodes for the organisation they act for; a beheerder chooses freely.
    const ownOrganisation = rights.may('beheerder') ? null : rights.ownOrganisationId;
    return <NodeForm {...props} ownOrganisation={ownOrganisation} />;
  }
  const level = levelLabel(p.levelLabels, node ? node.level : parent ? parent.level + 1 : 0);
  const heading = node ? t('nodeForm.editTitle', { level }) : t('nodeForm.newTitle', { level });
  const base = `/programmas/${p.slug}`;
  const back = node
    ? { to: `${base}/elementen/${node.id}`, label: t('rights.backToNode') }
    : { to: base, label: t('rights.backToProgramme') };
  return (
    <>
      <Breadcrumb
        items={[
          { to: '/', label: t('nav.programmes') },
          { to: base, label: p.shortName ?? p.title },
          ...(node
            ? [{ to: `${base}/elementen/${node.id}`, label: node.title }]
            : parent
              ? [{ to: `${base}/elementen/${parent.id}`, label: parent.title }]
              : []),
        ]}
        current={heading}
      />
      <Heading1>{heading}</Heading1>
      <NoRightsNotice signedIn={rights.signedIn} back={back} />
    </>
  );
}

function NodeForm({ programme: p, parent, node, organisations, ownOrganisation }: FormProps & { ownOrganisation: string | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState(node ? valuesOf(node) : { ...EMPTY, ownerOrganisationId: ownOrganisation ?? '' });
  const [extra, setExtra] = useState<NodeExtraValues>(extraValuesOf(node));
  const [version, setVersion] = useState(node?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [conflict, setConflict] = useState<NodeDetail | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<NodeFormValues>) => setValues((v) => ({ ...v, ...patch }));
  const level = levelLabel(p.levelLabels, node ? node.level : parent ? parent.level + 1 : 0);
  const base = `/programmas/${p.slug}`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = Object.fromEntries(Object.entries(validateNode(values)).map(([f, key]) => [f, t(key)]));
    setErrors(local);
    setMessage(undefined);
    setNotice(undefined);
    if (Object.keys(local).length > 0) return;
    const input = {
      code: values.code.trim() || null,
      title: values.title.trim(),
      description: values.description.trim() || null,
      scope: NODE_SCOPES.find((s): s is NodeScope => s === values.scope) ?? null,
      ownerOrganisationId: values.ownerOrganisationId || null,
      deadline: values.deadline.trim() || null,
      doelstelling: values.doelstelling.trim() || null,
      expectedResult: values.expectedResult.trim() || null,
      ...extraInput(extra, parent),
    };
    setBusy(true);
    try {
      const saved = node ? await updateNode(p.slug, node.id, version, input) : await createNode(p.slug, parent?.id ?? null, input);
      navigate(`${base}/elementen/${saved.id}`);
    } catch (err) {
      const current = conflictCurrent(err);
      if (current) return setConflict(current as NodeDetail);
      setErrors(err instanceof ApiError ? serverFieldErrors(err.details) : {});
      setMessage((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  const labels: Record<keyof NodeFormValues, string> = {
    code: t('node.code'),
    title: t('node.title'),
    description: t('node.description'),
    scope: t('node.scope'),
    ownerOrganisationId: t('node.owner'),
    deadline: t('node.due'),
    doelstelling: t('node.objective'),
    expectedResult: t('node.expectedResult'),
  };
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? '';
  const shown = (f: keyof NodeFormValues, v: NodeFormValues) =>
    f === 'ownerOrganisationId' ? orgName(v[f]) : f === 'scope' && v.scope ? t(`scope.${v.scope as NodeScope}`) : v[f];
  const heading = node ? t('nodeForm.editTitle', { level }) : t('nodeForm.newTitle', { level });

  return (
    <>
      <Breadcrumb
        items={[
          { to: '/', label: t('nav.programmes') },
          { to: base, label: p.shortName ?? p.title },
          ...(node
            ? [{ to: `${base}/elementen/${node.id}`, label: node.title }]
            : parent
              ? [{ to: `${base}/elementen/${parent.id}`, label: parent.title }]
              : []),
        ]}
        current={heading}
      />
      <Heading1>{heading}</Heading1>
      {parent && !node && (
        <Paragraph>
          {t('node.parent')}: {parent.code ? `${parent.code} ` : ''}
          {parent.title}
        </Paragraph>
      )}
      {conflict && (
        <ConflictNotice
          version={conflict.version}
          rows={(Object.keys(labels) as (keyof NodeFormValues)[]).map((f) => ({
            label: labels[f],
            current: shown(f, valuesOf(conflict)),
            yours: shown(f, values),
          }))}
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
        <TextField label={labels.code} name="code" value={values.code} onValue={(code) => set({ code })} errorMessage={errors.code} />
        <TextField
          label={labels.title}
          name="title"
          value={values.title}
          onValue={(title) => set({ title })}
          errorMessage={errors.title}
          required
        />
        <TextAreaField
          rows={5}
          label={labels.description}
          name="description"
          value={values.description}
          onValue={(description) => set({ description })}
          errorMessage={errors.description}
        />
        <SelectField
          label={labels.scope}
          name="scope"
          value={values.scope}
          emptyLabel={t('nodeForm.noScope')}
          options={NODE_SCOPES.map((s) => ({ value: s, label: t(`scope.${s}`) }))}
          onChange={(scope) => set({ scope })}
          errorMessage={errors.scope}
        />
        <SelectField
          label={labels.ownerOrganisationId}
          name="ownerOrganisationId"
          value={values.ownerOrganisationId}
          emptyLabel={t('nodeForm.noOwner')}
          options={[...organisations].sort((a, b) => a.name.localeCompare(b.name, 'nl')).map((o) => ({ value: o.id, label: o.name }))}
          onChange={(ownerOrganisationId) => set({ ownerOrganisationId })}
          errorMessage={errors.ownerOrganisationId}
        />
        <TextField
          label={labels.deadline}
          description={t('node.dueHint')}
          name="deadline"
          value={values.deadline}
          onValue={(deadline) => set({ deadline })}
          errorMessage={errors.deadline}
        />
        <TextAreaField
          label={labels.doelstelling}
          name="doelstelling"
          value={values.doelstelling}
          onValue={(doelstelling) => set({ doelstelling })}
          errorMessage={errors.doelstelling}
        />
        <TextAreaField
          rows={5}
          label={labels.expectedResult}
          name="expectedResult"
          value={values.expectedResult}
          onValue={(expectedResult) => set({ expectedResult })}
          errorMessage={errors.expectedResult}
        />
        <NodeExtraFields
          levelLabels={p.levelLabels}
          parent={parent}
          values={extra}
          organisations={organisations}
          errors={errors}
          onChange={(patch) => setExtra((v) => ({ ...v, ...patch }))}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || conflict !== null}>
            {node ? t('common.save') : t('nodeForm.submitNew')}
          </Button>
          <AppButtonLink to={node ? `${base}/elementen/${node.id}` : base}>{t('common.cancel')}</AppButtonLink>
        </ButtonGroup>
      </form>
    </>
  );
}
