import {
  Button,
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
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { StatusMessage } from '../../../components/status-message';
import { useI18n } from '../../../lib/i18n';
import { deleteLink } from '../api/delete-link';
import type { NodeDetail, NodeLink } from '../api/get-node';
import type { Programme } from '../api/types';
import { nodeName } from '../model/tree';
import { LinkForm } from './link-form';

/**
 * Links between this node and others, also in other programmes: out ("dit element draagt bij
 * aan …") and in ("… raakt aan dit element"). Both can be removed here and new ones start here,
 * for those who may change them (`mayChange`); others read the list only.
 */
export function NodeLinks({
  programme: p,
  node,
  mayChange,
  onChanged,
}: {
  programme: Programme;
  node: NodeDetail;
  mayChange: boolean;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const [removing, setRemoving] = useState<NodeLink | null>(null);
  const [status, setStatus] = useState('');
  const kindOf = (l: NodeLink) => (l.kind === 'raakt-aan' || l.kind === 'draagt-bij-aan' ? t(`link.${l.kind}`) : l.kind);
  // "Dit element draagt bij aan 1.2 X" (out) or "1.2 X raakt aan dit element" (in): the other node where the sentence puts it.
  const sentence = (l: NodeLink, other: React.ReactNode) =>
    l.direction === 'uit' ? (
      <>
        {t('node.links.out', { kind: kindOf(l) })} {other}
      </>
    ) : (
      <>
        {other} {t('node.links.in', { kind: kindOf(l) })}
      </>
    );

  return (
    <>
      {node.links.length === 0 ? (
        <Paragraph>{t('node.links.empty')}</Paragraph>
      ) : (
        <Table>
          <TableCaption>{t('node.links.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('node.links.link')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('node.links.programme')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('node.links.note')}</TableHeaderCell>
              {mayChange && <TableHeaderCell scope="col">{t('common.actions')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {node.links.map((l) => (
              <TableRow key={l.id} data-testid="link-row">
                <TableHeaderCell scope="row" className="rt-link-sentence">
                  {sentence(l, <AppLink to={`/programmas/${l.node.programmeSlug}/elementen/${l.node.id}`}>{nodeName(l.node)}</AppLink>)}
                </TableHeaderCell>
                <TableCell>{l.node.programmeId === p.id ? t('node.links.sameProgramme') : l.node.programmeTitle}</TableCell>
                <TableCell>{l.note || t('common.none')}</TableCell>
                {mayChange && (
                  <TableCell>
                    <Button
                      type="button"
                      appearance="subtle-button"
                      aria-label={`${t('common.delete')}: ${t('node.links.with', { title: nodeName(l.node) })}`}
                      onClick={() => setRemoving(l)}
                    >
                      {t('common.delete')}
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <StatusMessage message={status} testId="link-status" />
      {mayChange && (
        <LinkForm
          programme={p}
          node={node}
          onSaved={(message) => {
            setStatus(message);
            onChanged();
          }}
        />
      )}
      {removing && (
        <ConfirmDialog
          title={t('deleteLink.title')}
          onClose={() => setRemoving(null)}
          actions={[
            {
              label: t('deleteLink.confirm'),
              danger: true,
              run: async () => {
                await deleteLink(p.slug, removing.id);
                setRemoving(null);
                setStatus(t('deleteLink.done', { title: nodeName(removing.node) }));
                onChanged();
              },
            },
          ]}
        >
          <Paragraph>
            {t('deleteLink.text')} <q>{sentence(removing, nodeName(removing.node))}</q>
            {removing.node.programmeId !== p.id && ` (${removing.node.programmeTitle})`}
          </Paragraph>
          <Paragraph>{t('deleteLink.keeps')}</Paragraph>
        </ConfirmDialog>
      )}
    </>
  );
}
