import {
  Alert,
  Heading3,
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
import { formatCents } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import type { GapItem, ImportPreview, SheetNode } from '../api/types';

/** What the import will create, and a Dutch warning per odd row of the file. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const { t } = useI18n();
  const count = preview.kind === 'gap-table' ? preview.items.length : preview.nodes.length;
  return (
    <>
      <Paragraph>
        {preview.kind === 'gap-table'
          ? t('import.summary.gap', { count, total: formatCents(preview.budgetTotalCents) })
          : t('import.summary.sheet', { count, levels: preview.programme.levelLabels.join(' > ') })}{' '}
        {t('import.source', { format: preview.source.kind.toUpperCase(), row: preview.source.headerRow })}
      </Paragraph>
      {preview.warnings.length > 0 ? (
        <Alert type="warning">
          <Heading3>
            {preview.warnings.length === 1 ? t('import.warnings.one') : t('import.warnings', { count: preview.warnings.length })}
          </Heading3>
          <UnorderedList>
            {preview.warnings.map((w, i) => (
              <UnorderedListItem key={i}>
                {t('import.row', { row: w.row })}
                {w.field ? `, ${t('import.field', { field: w.field })}` : ''}: {w.message}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : (
        <Paragraph>{t('import.noWarnings')}</Paragraph>
      )}
      {preview.kind === 'gap-table' ? <GapTablePreview items={preview.items} /> : <SheetPreview nodes={preview.nodes} />}
    </>
  );
}

function Lines({ entries }: { entries: string[] }) {
  if (entries.length === 0) return <>—</>;
  if (entries.length === 1) return <>{entries[0]}</>;
  return (
    <UnorderedList>
      {entries.map((e, i) => (
        <UnorderedListItem key={i}>{e}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

function GapTablePreview({ items }: { items: GapItem[] }) {
  const { t } = useI18n();
  return (
    <div className="rt-import-scroll" tabIndex={0} role="region" aria-label={t('import.table.gap')}>
      <Table>
        <TableCaption>{t('import.table.gap')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('import.col.row')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.code')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.result')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.practices')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.gap')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.proposal')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.budget')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.row}>
              <TableCell>{item.row}</TableCell>
              <TableCell>{item.code || '—'}</TableCell>
              <TableHeaderCell scope="row">{item.title}</TableHeaderCell>
              <TableCell>
                <Lines entries={item.currentPractices} />
              </TableCell>
              <TableCell>
                <Lines entries={item.gaps} />
              </TableCell>
              <TableCell>
                <Lines entries={item.proposals} />
              </TableCell>
              <TableCell>
                {item.budgetCents === null ? t('import.budgetUnknown') : formatCents(item.budgetCents)}
                {item.budgetNotes.length > 0 && ` (${item.budgetNotes.join('; ')})`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function SheetPreview({ nodes }: { nodes: SheetNode[] }) {
  const { t } = useI18n();
  return (
    <div className="rt-import-scroll" tabIndex={0} role="region" aria-label={t('import.table.sheet')}>
      <Table>
        <TableCaption>{t('import.table.sheet')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('import.col.row')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.code')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.title')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.level')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.owner')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.deadline')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('import.col.status')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {nodes.map((n) => (
            <TableRow key={n.row}>
              <TableCell>{n.row}</TableCell>
              <TableCell>{n.code || '—'}</TableCell>
              <TableHeaderCell scope="row">
                <span className={`rt-import-depth-${Math.min(n.depth, 5)}`}>{n.title}</span>
              </TableHeaderCell>
              <TableCell>{n.levelLabel ?? n.depth + 1}</TableCell>
              <TableCell>{n.owner ?? '—'}</TableCell>
              <TableCell>{n.deadline ?? '—'}</TableCell>
              <TableCell>{n.status ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
