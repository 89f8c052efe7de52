import {
  Button,
  ButtonGroup,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { AppLink } from '../../../components/app-link';
import { ModalDialog } from '../../../components/modal-dialog';
import { StatusMessage } from '../../../components/status-message';
import { useI18n } from '../../../lib/i18n';
import type { ProgrammeRights } from '../../auth';
import type { NodeDetail } from '../api/get-node';
import { partnerLabel, type Effort, type Programme, type TreeNodeData } from '../api/types';
import { DeleteEffortDialog } from './delete-effort-dialog';
import { EffortForm } from './effort-form';

interface Props {
  programme: Programme;
  node: NodeDetail;
  nodes: Map<string, TreeNodeData>;
  base: string;
  rights: ProgrammeRights;
  onChanged(): void;
}

/** The organisation an effort belongs to for organisation scope; a partner kind ("Alle gemeenten") has none. */
const partnerOrganisationId = (e: Effort) => (e.partner.type === 'organisation' ? e.partner.organisation.id : null);

/**
 * The efforts serving this node, per partner; an explicit "geen" is shown as such, and shared
 * efforts name their other goals. Each can be corrected (the add form, prefilled) or withdrawn by
 * whoever may change it; the actions column is left out when there is none they may change.
 */
export function NodeEfforts({ programme, node, nodes, base, rights, onChanged }: Props) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<Effort | null>(null);
  const [deleting, setDeleting] = useState<Effort | null>(null);
  const [status, setStatus] = useState('');
  const goals = [...nodes.values()].filter((x) => x.id !== node.id);
  const mayChange = (e: Effort) => rights.mayEdit(partnerOrganisationId(e));
  const withActions = node.efforts.some(mayChange);
  // A redacteur acting for an organisation records only its efforts; a beheerder any partner's.
  const onlyOrganisationId = rights.may('beheerder') ? null : rights.ownOrganisationId;
  const done = (message: string) => {
    setEditing(null);
    setDeleting(null);
    setStatus(message);
    onChanged();
  };

  return (
    <>
      {node.efforts.length === 0 ? (
        <Paragraph>{t('node.efforts.empty')}</Paragraph>
      ) : (
        <Table>
          <TableCaption>{t('node.efforts.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('node.efforts.partner')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('node.efforts.effort')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('node.efforts.alsoFor')}</TableHeaderCell>
              {withActions && <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {node.efforts.map((e) => (
              <TableRow key={e.id} data-testid="effort-row">
                <TableHeaderCell scope="row">{partnerLabel(e.partner)}</TableHeaderCell>
                <TableCell>{e.geen ? <span className="rt-none">{t('node.efforts.none')}</span> : e.text}</TableCell>
                <TableCell>
                  {e.goalIds
                    .filter((id) => id !== node.id)
                    .map((id) => nodes.get(id))
                    .filter((x): x is TreeNodeData => x !== undefined)
                    .map((x, i) => (
                      <span key={x.id}>
                        {i > 0 && ', '}
                        <AppLink to={`${base}/elementen/${x.id}`}>{x.code ?? x.title}</AppLink>
                      </span>
                    ))}
                </TableCell>
                {withActions && (
                  <TableCell>
                    {mayChange(e) && (
                      <ButtonGroup className="rt-row-actions">
                        {/* The name starts with the visible word (WCAG 2.5.3) and says which row it acts on. */}
                        <Button
                          type="button"
                          appearance="subtle-button"
                          aria-label={`${t('common.edit')}: ${t('node.efforts.ofPartner', { partner: partnerLabel(e.partner) })}`}
                          onClick={() => setEditing(e)}
                        >
                          {t('common.edit')}
                        </Button>
                        <Button
                          type="button"
                          appearance="subtle-button"
                          aria-label={`${t('common.delete')}: ${t('node.efforts.ofPartner', { partner: partnerLabel(e.partner) })}`}
                          onClick={() => setDeleting(e)}
                        >
                          {t('common.delete')}
                        </Button>
                      </ButtonGroup>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <StatusMessage message={status} testId="effort-status" />
      {rights.mayCreate && (
        <EffortForm programme={programme} node={node} goals={goals} onlyOrganisationId={onlyOrganisationId} onSaved={onChanged} />
      )}
      {editing && (
        <ModalDialog title={t('effortForm.editTitle', { partner: partnerLabel(editing.partner) })} onClose={() => setEditing(null)}>
          <EffortForm
            programme={programme}
            node={node}
            goals={goals}
            effort={editing}
            onlyOrganisationId={onlyOrganisationId}
            onSaved={done}
            onCancel={() => setEditing(null)}
          />
        </ModalDialog>
      )}
      {deleting && (
        <DeleteEffortDialog
          programme={programme}
          node={node}
          effort={deleting}
          goals={nodes}
          onClose={() => setDeleting(null)}
          onDone={done}
          onStale={onChanged}
        />
      )}
    </>
  );
}
