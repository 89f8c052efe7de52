import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { useI18n } from '../../../lib/i18n';
import type { NodeDetail } from '../api/get-node';
import { partnerLabel, type TreeNodeData } from '../api/types';

/** The efforts serving this node, per partner; an explicit "geen" is shown as such, and shared efforts name their other goals. */
export function NodeEfforts({ node, nodes, base }: { node: NodeDetail; nodes: Map<string, TreeNodeData>; base: string }) {
  const { t } = useI18n();
  if (node.efforts.length === 0) return <Paragraph>{t('node.efforts.empty')}</Paragraph>;
  return (
    <Table>
      <TableCaption>{t('node.efforts.caption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('node.efforts.partner')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('node.efforts.effort')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('node.efforts.alsoFor')}</TableHeaderCell>
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
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
