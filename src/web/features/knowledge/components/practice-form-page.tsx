import {
  Alert,
  Button,
  ButtonGroup,
  FormFieldCheckbox,
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import type { NodeRefView } from '../../../../domain/knowledge/responses';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { ConflictNotice } from '../../../components/conflict-notice';
import { flashState } from '../../../components/flash-message';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { TextAreaField, TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import {
  createPractice,
  updatePractice,
  useMunicipalities,
  usePickerNodes,
  usePickerProgrammes,
  usePractice,
  type PracticeInput,
  type PracticeView,
} from '../api/practices';
import { useMayMaintainKnowledge } from '../api/rights';

interface Values {
  title: string;
  summary: string;
  components: string;
  targetGroup: string;
  originOrganisationId: string;
  originText: string;
  contact: string;
  links: string;
  tags: string;
  related: NodeRefView[];
  published: boolean;
}

const valuesOf = (p: PracticeView | null): Values => ({
  title: p?.title ?? '',
  summary: p?.summary ?? '',
  components: (p?.workingComponents ?? []).join('\n'),
  targetGroup: p?.targetGroup ?? '',
  originOrganisationId: p?.origin.organisation?.id ?? '',
  originText: p?.origin.text ?? '',
  contact: p?.contact ?? '',
  links: (p?.links ?? []).join('\n'),
  tags: (p?.tags ?? []).join(', '),
  related: p?.relatedNodes ?? [],
  published: p?.published ?? false,
});

const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
const orNull = (s: string) => s.trim() || null;

const inputOf = (v: Values): PracticeInput => ({
  title: v.title.trim(),
  summary: orNull(v.summary),
  workingComponents: lines(v.components),
  targetGroup: orNull(v.targetGroup),
  originOrganisationId: v.originOrganisationId || null,
  originText: orNull(v.originText),
  contact: orNull(v.contact),
  links: lines(v.links),
  tags: v.tags
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean),
  relatedNodeIds: v.related.map((n) => n.id),
  published: v.published,
});

export function NewPracticePage() {
  return <PracticeForm practice={null} />;
}

export function EditPracticePage() {
  const { practiceId = '' } = useParams();
  const practice = usePractice(practiceId);
  return <LoadState value={practice}>{(p) => <PracticeForm key={p.id} practice={p} />}</LoadState>;
}

/** /goede-praktijken/nieuw and …/:practiceId/bewerken: every field the API stores, a stale version shows the current state. */
function PracticeForm({ practice }: { practice: PracticeView | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const rights = useMayMaintainKnowledge();
  const [values, setValues] = useState<Values>(valuesOf(practice));
  const [version, setVersion] = useState(practice?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const [conflict, setConflict] = useState<PracticeView | null>(null);
  const municipalities = useMunicipalities(rights.signedIn);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const back = practice ? `/goede-praktijken/${practice.id}` : '/goede-praktijken';

  if (rights.known && !rights.may)
    return (
      <div className="rt-page">
        <Heading1>{practice ? t('practiceForm.editTitle') : t('practiceForm.newTitle')}</Heading1>
        <Alert type="info">
          <Paragraph>{t('practiceForm.noRights')}</Paragraph>
        </Alert>
        <AppLink to={back}>{t('practice.backToList')}</AppLink>
      </div>
    );

  const submit = async () => {
    const next: Record<string, string> = {};
    if (!values.title.trim()) next.title = t('practiceForm.required');
    setErrors(next);
    setMessage(undefined);
    if (Object.keys(next).length > 0) return;
    try {
      const saved = practice ? await updatePractice(practice.id, version, inputOf(values)) : await createPractice(inputOf(values));
      navigate(`/goede-praktijken/${saved.id}`, { state: flashState(t('practice.saved', { title: saved.title })) });
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        const current = (err.details as { current?: PracticeView } | null)?.current ?? null;
        if (current) setConflict(current);
        return;
      }
      if (err instanceof ApiError && Array.isArray(err.details)) {
        const fieldErrors: Record<string, string> = {};
        for (const d of err.details as { field?: string; reason: string }[]) {
          const field = (d.field ?? 'form').replace(/\[\d+\]$/, '');
          fieldErrors[field] = `${err.message} ${d.reason}`;
        }
        setErrors(fieldErrors);
      }
      setMessage(err instanceof ApiError ? err.message : String(err));
    }
  };

  const rows = conflict
    ? [
        { label: t('practiceForm.title'), current: conflict.title, yours: values.title },
        { label: t('practice.summary'), current: conflict.summary ?? '', yours: values.summary },
        { label: t('practice.components'), current: conflict.workingComponents.join('; '), yours: lines(values.components).join('; ') },
        { label: t('practice.targetGroup'), current: conflict.targetGroup ?? '', yours: values.targetGroup },
        { label: t('practice.contact'), current: conflict.contact ?? '', yours: values.contact },
        { label: t('practice.tags'), current: conflict.tags.join(', '), yours: values.tags },
      ]
    : [];

  return (
    <div className="rt-page">
      <nav aria-label={t('nav.main')}>
        <AppLink to={back}>{t('practice.backToList')}</AppLink>
      </nav>
      <Heading1>{practice ? t('practiceForm.editTitle') : t('practiceForm.newTitle')}</Heading1>
      {conflict && (
        <ConflictNotice
          rows={rows}
          version={conflict.version}
          onRedo={() => {
            setVersion(conflict.version);
            setConflict(null);
          }}
          onDiscard={() => {
            setValues(valuesOf(conflict));
            setVersion(conflict.version);
            setConflict(null);
          }}
        />
      )}
      <form
        className="rt-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <FormErrorSummary title={t('practiceForm.errors')} errors={errors} message={message} />
        <TextField
          label={t('practiceForm.title')}
          name="title"
          value={values.title}
          onValue={(v) => set('title', v)}
          errorMessage={errors.title}
          required
        />
        <TextAreaField label={t('practice.summary')} name="summary" value={values.summary} onValue={(v) => set('summary', v)} rows={4} />
        <TextAreaField
          label={t('practiceForm.components')}
          name="components"
          value={values.components}
          onValue={(v) => set('components', v)}
          rows={5}
        />
        <TextField label={t('practice.targetGroup')} name="targetGroup" value={values.targetGroup} onValue={(v) => set('targetGroup', v)} />
        <SelectField
          label={t('practice.originMunicipality')}
          name="originOrganisationId"
          value={values.originOrganisationId}
          emptyLabel="—"
          options={municipalities.state === 'ready' ? municipalities.data.map((m) => ({ value: m.id, label: m.name })) : []}
          onChange={(v) => set('originOrganisationId', v)}
        />
        <TextField label={t('practice.originText')} name="originText" value={values.originText} onValue={(v) => set('originText', v)} />
        <TextAreaField
          label={t('practiceForm.contact')}
          name="contact"
          value={values.contact}
          onValue={(v) => set('contact', v)}
          rows={2}
        />
        <TextAreaField
          label={t('practiceForm.links')}
          name="links"
          value={values.links}
          onValue={(v) => set('links', v)}
          errorMessage={errors.links}
          rows={3}
        />
        <TextField label={t('practiceForm.tags')} name="tags" value={values.tags} onValue={(v) => set('tags', v)} />
        <RelatedNodesPicker related={values.related} onChange={(related) => set('related', related)} />
        <FormFieldCheckbox
          label={t('practice.published')}
          name="published"
          checked={values.published}
          onChange={(e) => set('published', e.target.checked)}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t('practiceForm.save')}
          </Button>
          <AppButtonLink to={back}>{t('practiceForm.cancel')}</AppButtonLink>
        </ButtonGroup>
      </form>
    </div>
  );
}

/** Related nodes across programmes: pick a programme, then one of its nodes. */
function RelatedNodesPicker({ related, onChange }: { related: NodeRefView[]; onChange(related: NodeRefView[]): void }) {
  const { t } = useI18n();
  const programmes = usePickerProgrammes();
  const [programme, setProgramme] = useState('');
  const [nodeId, setNodeId] = useState('');
  const nodes = usePickerNodes(programme);
  const programmeRow = programmes.state === 'ready' ? programmes.data.find((p) => p.slug === programme) : undefined;
  const label = (n: { code: string | null; title: string }) => [n.code, n.title].filter(Boolean).join(' ');
  return (
    <fieldset className="rt-fieldset">
      <legend>
        <Heading2>{t('practiceForm.related')}</Heading2>
      </legend>
      {related.length > 0 && (
        <UnorderedList>
          {related.map((n) => (
            <UnorderedListItem key={n.id}>
              {label(n)} ({n.programmeTitle}){' '}
              <Button type="button" appearance="subtle-button" onClick={() => onChange(related.filter((x) => x.id !== n.id))}>
                {t('practiceForm.relatedRemove', { title: label(n) })}
              </Button>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <SelectField
        label={t('practiceForm.relatedProgramme')}
        name="relatedProgramme"
        value={programme}
        emptyLabel="—"
        options={programmes.state === 'ready' ? programmes.data.map((p) => ({ value: p.slug, label: p.title })) : []}
        onChange={(v) => {
          setProgramme(v);
          setNodeId('');
        }}
      />
      <SelectField
        label={t('practiceForm.relatedNode')}
        name="relatedNode"
        value={nodeId}
        emptyLabel="—"
        options={nodes.state === 'ready' ? nodes.data.map((n) => ({ value: n.id, label: label(n) })) : []}
        onChange={setNodeId}
      />
      <Button
        type="button"
        appearance="secondary-action-button"
        disabled={!nodeId || !programmeRow}
        onClick={() => {
          const n = nodes.state === 'ready' ? nodes.data.find((x) => x.id === nodeId) : undefined;
          if (!n || !programmeRow || related.some((r) => r.id === n.id)) return;
          onChange([
            ...related,
            {
              id: n.id,
              code: n.code,
              title: n.title,
              programmeId: programmeRow.id,
              programmeSlug: programmeRow.slug,
              programmeTitle: programmeRow.title,
            },
          ]);
          setNodeId('');
        }}
      >
        {t('practiceForm.relatedAdd')}
      </Button>
    </fieldset>
  );
}
