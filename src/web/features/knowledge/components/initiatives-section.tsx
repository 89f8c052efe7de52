import {
  Button,
  ButtonGroup,
  FormFieldCheckbox,
  Heading2,
  Heading3,
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
import { INITIATIVE_KINDS, type InitiativeKind } from '../../../../domain/knowledge/vocabulary';
import type { InitiativeView } from '../../../../domain/knowledge/responses';
import { AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormErrorSummary } from '../../../components/form-error-summary';
import { LoadState } from '../../../components/load-state';
import { SelectField } from '../../../components/select-field';
import { StatusMessage } from '../../../components/status-message';
import { useKeptWhileLoading } from '../../../components/use-kept-while-loading';
import { TableScroll } from '../../../components/table-scroll';
import { TextAreaField, TextField } from '../../../components/text-field';
import { ApiError } from '../../../lib/api';
import { useI18n } from '../../../lib/i18n';
import { CHOICE_LIMIT, nodesToOffer } from '../model/node-choice';
import type { ProgrammeRights } from '../../auth';
import {
  createInitiative,
  deleteInitiative,
  linkInitiative,
  unlinkInitiative,
  updateInitiative,
  useAllInitiatives,
  useInitiatives,
  type InitiativeInput,
} from '../api/initiatives';

export interface KnowledgeProgramme {
  id: string;
  slug: string;
  title: string;
}
export interface KnowledgeNode {
  id: string;
  /** null for the top level: the form offers that level until the user searches. */
  parentId: string | null;
  code: string | null;
  title: string;
  ownerOrganisationId: string | null;
}

const nodeLabel = (n: { code: string | null; title: string }) => [n.code, n.title].filter(Boolean).join(' ');

/**
 * "Verwante initiatieven" of a programme (nodeId null: all initiatives linked into it) or of one node.
 * One initiative is one record: its links to other themes and programmes are listed with it.
 */
export function InitiativesSection({
  programme,
  nodeId,
  nodes,
  rights,
}: {
  programme: KnowledgeProgramme;
  nodeId: string | null;
  /** The programme's nodes that may be chosen as links (those the person may edit). */
  nodes: KnowledgeNode[];
  rights: ProgrammeRights;
}) {
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const items = useKeptWhileLoading(useInitiatives(programme.slug, nodeId, revision));
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<InitiativeView | 'new' | null>(null);
  const [removing, setRemoving] = useState<{ item: InitiativeView; mode: 'delete' | 'unlink' } | null>(null);
  const current = nodes.find((n) => n.id === nodeId);
  const mayWrite = rights.may('redacteur') && (nodeId === null || rights.mayEdit(current?.ownerOrganisationId ?? null));
  const editableNodes = nodes.filter((n) => rights.mayEdit(n.ownerOrganisationId));
  const changed = (message: string) => {
    setStatus(message);
    setEditing(null);
    setRevision((r) => r + 1);
  };
  const linkHere = (i: InitiativeView) => i.links.find((l) => l.programmeId === programme.id && l.nodeId === nodeId);

  return (
    <section aria-labelledby="initiatives-title" data-testid="initiatives">
      <Heading2 id="initiatives-title">{t('initiatives.title')}</Heading2>
      <Paragraph>{t('initiatives.intro')}</Paragraph>
      <StatusMessage message={status} testId="initiative-status" />
      <LoadState value={items}>
        {({ items: list }) =>
          list.length === 0 ? (
            <Paragraph>{t('initiatives.empty')}</Paragraph>
          ) : (
            <TableScroll label={t('initiatives.title')}>
              <Table>
                <TableCaption>{t('initiatives.caption')}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('initiatives.col.name')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('initiatives.col.goal')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('initiatives.col.owner')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('initiatives.col.contact')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('initiatives.col.links')}</TableHeaderCell>
                    {mayWrite && <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>}
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {list.map((i) => (
                    <TableRow key={i.id} data-testid="initiative-row">
                      <TableHeaderCell scope="row">
                        {i.url ? (
                          <Link href={i.url} rel="noopener noreferrer external">
                            {i.name}
                          </Link>
                        ) : (
                          i.name
                        )}{' '}
                        <span className="rt-muted">({t(`initiatives.kind.${i.kind}`)})</span>
                      </TableHeaderCell>
                      <TableCell>{i.goal ?? t('common.none')}</TableCell>
                      <TableCell>{i.owner ?? t('common.none')}</TableCell>
                      <TableCell>{i.contact ?? t('practice.contactUnknown')}</TableCell>
                      <TableCell>
                        <UnorderedList>
                          {i.links.map((l) => (
                            <UnorderedListItem key={l.id}>
                              {l.node ? (
                                <AppLink to={`/programmas/${l.programmeSlug}/elementen/${l.node.id}`}>
                                  {nodeLabel(l.node)}
                                  {l.programmeId !== programme.id && ` (${l.programmeTitle})`}
                                </AppLink>
                              ) : (
                                <AppLink to={`/programmas/${l.programmeSlug}`}>
                                  {t('initiatives.wholeProgramme', { programme: l.programmeTitle })}
                                </AppLink>
                              )}
                            </UnorderedListItem>
                          ))}
                          {i.otherLinks > 0 && (
                            <UnorderedListItem>{t('initiatives.otherLinks', { count: i.otherLinks })}</UnorderedListItem>
                          )}
                        </UnorderedList>
                      </TableCell>
                      {mayWrite && (
                        <TableCell>
                          <ButtonGroup>
                            <Button
                              type="button"
                              appearance="subtle-button"
                              aria-label={`${t('initiatives.edit')}: ${i.name}`}
                              onClick={() => setEditing(i)}
                            >
                              {t('initiatives.edit')}
                            </Button>
                            {linkHere(i) && i.links.length + i.otherLinks > 1 && (
                              <Button
                                type="button"
                                appearance="subtle-button"
                                aria-label={`${t('initiatives.unlink')}: ${i.name}`}
                                onClick={() => setRemoving({ item: i, mode: 'unlink' })}
                              >
                                {t('initiatives.unlink')}
                              </Button>
                            )}
                            <Button
                              type="button"
                              appearance="subtle-button"
                              aria-label={`${t('initiatives.delete')}: ${i.name}`}
                              onClick={() => setRemoving({ item: i, mode: 'delete' })}
                            >
                              {t('initiatives.delete')}
                            </Button>
                          </ButtonGroup>
                        </TableCell>
                      )}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          )
        }
      </LoadState>
      {mayWrite && editing === null && (
        <ButtonGroup>
          <Button type="button" appearance="secondary-action-button" onClick={() => setEditing('new')}>
            {t('initiatives.add')}
          </Button>
        </ButtonGroup>
      )}
      {mayWrite && editing !== null && (
        <InitiativeForm
          key={editing === 'new' ? 'new' : editing.id}
          programme={programme}
          initiative={editing === 'new' ? null : editing}
          nodes={editableNodes}
          defaultNodeId={nodeId}
          onSaved={(name) => changed(t('initiatives.saved', { name }))}
          onCancel={() => setEditing(null)}
        />
      )}
      {mayWrite && (
        <LinkExisting
          programme={programme}
          nodeId={nodeId}
          here={items.state === 'ready' ? items.data.items.map((i) => i.id) : []}
          revision={revision}
          onLinked={(name) => changed(t('initiatives.linked', { name }))}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={removing.mode === 'delete' ? t('initiatives.deleteTitle') : t('initiatives.unlinkTitle')}
          onClose={() => setRemoving(null)}
          actions={[
            {
              label: removing.mode === 'delete' ? t('initiatives.deleteConfirm') : t('initiatives.unlinkConfirm'),
              danger: true,
              run: async () => {
                const { item, mode } = removing;
                const link = linkHere(item);
                if (mode === 'delete') await deleteInitiative(programme.slug, item.id, item.version);
                else if (link) await unlinkInitiative(programme.slug, link.id);
                setRemoving(null);
                changed(t(mode === 'delete' ? 'initiatives.removed' : 'initiatives.unlinked', { name: item.name }));
              },
            },
          ]}
        >
          <Paragraph>{removing.item.name}</Paragraph>
        </ConfirmDialog>
      )}
    </section>
  );
}

function InitiativeForm({
  programme,
  initiative,
  nodes,
  defaultNodeId,
  onSaved,
  onCancel,
}: {
  programme: KnowledgeProgramme;
  initiative: InitiativeView | null;
  nodes: KnowledgeNode[];
  defaultNodeId: string | null;
  onSaved(name: string): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [v, setV] = useState({
    name: initiative?.name ?? '',
    kind: initiative?.kind ?? ('project' as InitiativeKind),
    goal: initiative?.goal ?? '',
    owner: initiative?.owner ?? '',
    contact: initiative?.contact ?? '',
    url: initiative?.url ?? '',
  });
  const [version, setVersion] = useState(initiative?.version ?? 0);
  const [nodeIds, setNodeIds] = useState<string[]>(defaultNodeId ? [defaultNodeId] : []);
  const [nodeSearch, setNodeSearch] = useState('');
  const offer = nodesToOffer(nodes, nodeIds, nodeSearch);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>();
  const input = (): InitiativeInput => ({
    name: v.name.trim(),
    kind: v.kind,
    goal: v.goal.trim() || null,
    owner: v.owner.trim() || null,
    contact: v.contact.trim() || null,
    url: v.url.trim() || null,
  });
  return (
    <form
      className="rt-form"
      aria-labelledby="initiative-form-title"
      noValidate
      onSubmit={async (e) => {
        e.preventDefault();
        if (!v.name.trim()) {
          setErrors({ name: t('initiatives.form.name') });
          return;
        }
        setErrors({});
        try {
          const saved = initiative
            ? await updateInitiative(programme.slug, initiative.id, version, input())
            : await createInitiative(programme.slug, { ...input(), nodeIds });
          onSaved(saved.name);
        } catch (err) {
          if (err instanceof ApiError && err.status === 409) {
            const current = (err.details as { current?: InitiativeView } | null)?.current;
            if (current) {
              setV({
                name: current.name,
                kind: current.kind,
                goal: current.goal ?? '',
                owner: current.owner ?? '',
                contact: current.contact ?? '',
                url: current.url ?? '',
              });
              setVersion(current.version);
              setMessage(t('knowledge.conflict', { version: current.version }));
              return;
            }
          }
          setMessage(err instanceof ApiError ? err.message : String(err));
        }
      }}
    >
      <Heading3 id="initiative-form-title">{initiative ? `${t('initiatives.edit')}: ${initiative.name}` : t('initiatives.add')}</Heading3>
      <FormErrorSummary title={t('initiatives.form.errors')} errors={errors} message={message} />
      <TextField
        label={t('initiatives.form.name')}
        name="initiativeName"
        value={v.name}
        onValue={(name) => setV({ ...v, name })}
        errorMessage={errors.name}
        required
      />
      <SelectField
        label={t('initiatives.form.kind')}
        name="initiativeKind"
        value={v.kind}
        options={INITIATIVE_KINDS.map((k) => ({ value: k, label: t(`initiatives.kind.${k}`) }))}
        onChange={(kind) => setV({ ...v, kind: kind as InitiativeKind })}
      />
      <TextAreaField label={t('initiatives.form.goal')} name="initiativeGoal" value={v.goal} onValue={(goal) => setV({ ...v, goal })} />
      <TextField label={t('initiatives.form.owner')} name="initiativeOwner" value={v.owner} onValue={(owner) => setV({ ...v, owner })} />
      <TextField
        label={t('initiatives.form.contact')}
        name="initiativeContact"
        value={v.contact}
        onValue={(contact) => setV({ ...v, contact })}
      />
      <TextField label={t('initiatives.form.url')} name="initiativeUrl" value={v.url} onValue={(url) => setV({ ...v, url })} />
      {!initiative && nodes.length > 0 && (
        <fieldset className="rt-fieldset">
          <legend>{t('initiatives.form.nodes')}</legend>
          {nodes.length > CHOICE_LIMIT && (
            <TextField
              label={t('initiatives.form.nodeSearch', { count: nodes.length })}
              name="initiativeNodeSearch"
              value={nodeSearch}
              onValue={setNodeSearch}
            />
          )}
          {offer.more > 0 && <Paragraph>{t('initiatives.form.nodeMore', { count: offer.more })}</Paragraph>}
          {offer.shown.map((n) => (
            <FormFieldCheckbox
              key={n.id}
              label={nodeLabel(n)}
              name={`initiativeNode-${n.id}`}
              checked={nodeIds.includes(n.id)}
              onChange={(e) => setNodeIds(e.target.checked ? [...nodeIds, n.id] : nodeIds.filter((x) => x !== n.id))}
            />
          ))}
        </fieldset>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {t('initiatives.form.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('initiatives.form.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

function LinkExisting({
  programme,
  nodeId,
  here,
  revision,
  onLinked,
}: {
  programme: KnowledgeProgramme;
  nodeId: string | null;
  here: string[];
  revision: number;
  onLinked(name: string): void;
}) {
  const { t } = useI18n();
  const all = useAllInitiatives(true, revision);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const options = all.state === 'ready' ? all.data.filter((i) => !here.includes(i.id)) : [];
  if (options.length === 0) return null;
  return (
    <form
      className="rt-form"
      aria-labelledby="initiative-link-title"
      onSubmit={async (e) => {
        e.preventDefault();
        const item = options.find((i) => i.id === chosen);
        if (!item) return;
        try {
          await linkInitiative(programme.slug, item.id, nodeId);
          setChosen('');
          onLinked(item.name);
        } catch (err) {
          setMessage(err instanceof ApiError ? err.message : String(err));
        }
      }}
    >
      <Heading3 id="initiative-link-title">{t('initiatives.linkExisting')}</Heading3>
      <FormErrorSummary title={t('initiatives.form.errors')} errors={{}} message={message} />
      <SelectField
        label={t('initiatives.linkChoose')}
        name="initiativeExisting"
        value={chosen}
        emptyLabel="—"
        options={options.map((i) => ({ value: i.id, label: `${i.name} (${i.links.map((l) => l.programmeTitle).join(', ')})` }))}
        onChange={setChosen}
      />
      <Button type="submit" appearance="secondary-action-button" disabled={!chosen}>
        {t('initiatives.linkButton')}
      </Button>
    </form>
  );
}
