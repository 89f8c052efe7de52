import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Button,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { BUDGET_STATUSES } from '../../../../domain/finance/budget';
import { nodePath } from '../../../../domain/finance/sheet';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FlashMessage } from '../../../components/flash-message';
import { LoadState } from '../../../components/load-state';
import { StatusMessage } from '../../../components/status-message';
import { TableScroll } from '../../../components/table-scroll';
import { formatCents } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights } from '../../auth';
import { deleteBudgetLine, financeXlsxUrl, useFinance, type BudgetLineView, type FinanceView } from '../api/finance';
import { AmountText, GapText, maybeCents } from './amounts';
import { BudgetImport } from './budget-import';
import { FinanceHeader, financePath } from './finance-nav';

/** Finance of a programme: totals, year × money stream, per part of the tree, per gemeente, and the lines. */
export function FinancePage() {
  const { programmeId = '' } = useParams();
  const [revision, setRevision] = useState(0);
  const finance = useFinance(programmeId, revision);
  const [notice, setNotice] = useState('');
  return (
    <>
      <LoadState value={finance}>
        {(f) => (
          <FinanceContent
            f={f}
            programme={programmeId}
            onChanged={(text) => {
              setNotice(text ?? '');
              setRevision((r) => r + 1);
            }}
          />
        )}
      </LoadState>
      <StatusMessage message={notice} />
    </>
  );
}

/** `onChanged` reloads the finance view after a delete or an import. */
function FinanceContent({ f, programme, onChanged }: { f: FinanceView; programme: string; onChanged(message?: string): void }) {
  const { t } = useI18n();
  const rights = useProgrammeRights(f.programme.id);
  const edit = rights.may('redacteur');
  const [deleting, setDeleting] = useState<BudgetLineView | null>(null);
  const streamLabel = new Map(f.streams.map((s) => [s.key, s.label]));
  const statusLabel = (s: (typeof BUDGET_STATUSES)[number]) => t(`finance.status.${s}`);
  return (
    <>
      <FinanceHeader programme={programme} title={t('finance.title')} programmeTitle={f.programme.title} />
      <FlashMessage />
      <Paragraph>{t('finance.intro')}</Paragraph>
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href={financeXlsxUrl(programme)} download>
          {t('finance.download')}
        </a>
      </Paragraph>
      {edit && (
        <Paragraph>
          <AppButtonLink to={financePath(programme, '/regels/nieuw')} appearance="primary-action">
            {t('finance.addLine')}
          </AppButtonLink>
        </Paragraph>
      )}

      <Heading2>{t('finance.totals')}</Heading2>
      <Table>
        <TableCaption>{t('finance.totals.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            {BUDGET_STATUSES.map((s) => (
              <TableHeaderCell key={s} scope="col">
                {statusLabel(s)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t('finance.gapBudget')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          <TableRow data-testid="finance-total">
            {BUDGET_STATUSES.map((s) => (
              <TableCell key={s}>
                <AmountText amounts={f.total[s]} />
              </TableCell>
            ))}
            <TableCell>
              <GapText gap={f.gapBudgetTotal} />
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>

      <Heading2>{t('finance.lines')}</Heading2>
      {f.lines.length === 0 ? (
        <Paragraph>{t('finance.lines.empty')}</Paragraph>
      ) : (
        <TableScroll label={t('finance.lines.caption')}>
          <Table>
            <TableCaption>{t('finance.lines.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('finance.col.node')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('finance.col.year')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('finance.col.stream')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('finance.col.payer')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('finance.col.status')}</TableHeaderCell>
                {BUDGET_STATUSES.map((s) => (
                  <TableHeaderCell key={s} scope="col">
                    {statusLabel(s)}
                  </TableHeaderCell>
                ))}
                {edit && <TableHeaderCell scope="col">{t('finance.col.actions')}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {orderByTree(f).map((l) => (
                <TableRow key={l.id} data-testid="budget-line">
                  <TableHeaderCell scope="row">
                    {l.nodeId ? (
                      <AppLink to={`/programmas/${encodeURIComponent(programme)}/elementen/${l.nodeId}`}>
                        {nodePath(f.nodes, l.nodeId)}
                      </AppLink>
                    ) : (
                      t('finance.wholeProgramme')
                    )}
                    {l.condition && (
                      <div>
                        <small>
                          {t('finance.condition', { text: l.condition })} (
                          {l.conditionMet === null
                            ? t('finance.condition.open')
                            : l.conditionMet
                              ? t('finance.condition.met')
                              : t('finance.condition.notMet')}
                          )
                        </small>
                      </div>
                    )}
                  </TableHeaderCell>
                  <TableCell>{l.year ?? t('finance.yearUnknown')}</TableCell>
                  <TableCell>
                    {streamLabel.get(l.moneyStream) ?? l.moneyStream} <small>({t(`finance.form.${l.recurrence}`)})</small>
                  </TableCell>
                  <TableCell>{l.payerName ?? '–'}</TableCell>
                  <TableCell>{statusLabel(l.status)}</TableCell>
                  <TableCell>{maybeCents(l.requestedCents, t('finance.unknown'))}</TableCell>
                  <TableCell>{BUDGET_STATUSES.indexOf(l.status) >= 1 ? maybeCents(l.grantedCents, t('finance.unknown')) : '–'}</TableCell>
                  <TableCell>{l.status === 'gerealiseerd' ? maybeCents(l.realisedCents, t('finance.unknown')) : '–'}</TableCell>
                  {edit && (
                    <TableCell>
                      <AppLink to={financePath(programme, `/regels/${l.id}`)}>{t('finance.edit')}</AppLink>{' '}
                      <Button type="button" appearance="subtle-button" onClick={() => setDeleting(l)}>
                        {t('finance.delete')}
                      </Button>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}

      {f.byYearStream.length > 0 && (
        <>
          <Heading2>{t('finance.byYear')}</Heading2>
          <TableScroll label={t('finance.byYear.caption')}>
            <Table>
              <TableCaption>{t('finance.byYear.caption')}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('finance.col.year')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('finance.col.stream')}</TableHeaderCell>
                  {BUDGET_STATUSES.map((s) => (
                    <TableHeaderCell key={s} scope="col">
                      {statusLabel(s)}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {f.byYearStream.map((c) => (
                  <TableRow key={`${c.year}-${c.moneyStream}`}>
                    <TableHeaderCell scope="row">{c.year ?? t('finance.yearUnknown')}</TableHeaderCell>
                    <TableCell>{streamLabel.get(c.moneyStream) ?? c.moneyStream}</TableCell>
                    {BUDGET_STATUSES.map((s) => (
                      <TableCell key={s}>
                        <AmountText amounts={c.amounts[s]} />
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableScroll>
        </>
      )}

      <Heading2>{t('finance.perNode')}</Heading2>
      <TableScroll label={t('finance.perNode.caption')}>
        <Table>
          <TableCaption>{t('finance.perNode.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('finance.col.node')}</TableHeaderCell>
              {BUDGET_STATUSES.map((s) => (
                <TableHeaderCell key={s} scope="col">
                  {statusLabel(s)}
                </TableHeaderCell>
              ))}
              <TableHeaderCell scope="col">{t('finance.gapBudget')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {f.nodes
              .filter((n) => hasMoney(n))
              .map((n) => (
                <TableRow key={n.id} data-testid="finance-node">
                  <TableHeaderCell scope="row" className={`rt-finance-depth-${Math.min(n.depth, 4)}`}>
                    {n.code ? `${n.code} ` : ''}
                    {n.title}
                    {n.funding && (
                      <div>
                        <small>
                          {t('finance.funding', { stated: formatCents(n.funding.statedCents), lines: formatCents(n.funding.linesCents) })}:{' '}
                          {n.funding.differenceCents === 0 && n.funding.unknownLines === 0
                            ? t('finance.funding.ok')
                            : t('finance.funding.diff', { diff: formatCents(n.funding.differenceCents) })}
                        </small>
                      </div>
                    )}
                  </TableHeaderCell>
                  {BUDGET_STATUSES.map((s) => (
                    <TableCell key={s}>
                      <AmountText amounts={n.subtree[s]} />
                    </TableCell>
                  ))}
                  <TableCell>
                    <GapText gap={n.gapBudget} />
                  </TableCell>
                </TableRow>
              ))}
          </TableBody>
        </Table>
      </TableScroll>

      <Heading2>{t('finance.perGemeente')}</Heading2>
      <Paragraph>{t('finance.perGemeente.intro')}</Paragraph>
      {f.municipalities.length === 0 ? (
        <Paragraph>{t('finance.perGemeente.empty')}</Paragraph>
      ) : (
        <Table>
          <TableCaption>{t('finance.perGemeente.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('finance.split.col.gemeente')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('finance.perGemeente.shared')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('finance.perGemeente.paid')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {f.municipalities.map((m) => (
              <TableRow key={m.organisationId} data-testid="finance-gemeente">
                <TableHeaderCell scope="row">{m.name}</TableHeaderCell>
                <TableCell>{formatCents(m.sharedCents)}</TableCell>
                <TableCell>
                  {formatCents(m.paidCents)}
                  {m.paidUnknown > 0 && <small> ({t('finance.unknownLines', { count: m.paidUnknown })})</small>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}

      {edit && <BudgetImport programme={programme} onImported={() => onChanged()} />}

      {deleting && (
        <ConfirmDialog
          title={t('finance.delete')}
          onClose={() => setDeleting(null)}
          actions={[
            {
              label: t('finance.delete'),
              danger: true,
              run: async () => {
                await deleteBudgetLine(programme, deleting.id, deleting.version);
                setDeleting(null);
                onChanged(t('finance.deleted'));
              },
            },
          ]}
        >
          <Paragraph>{t('finance.deleteConfirm')}</Paragraph>
        </ConfirmDialog>
      )}
    </>
  );
}

/** Lines in tree order (programme-wide lines first), then by year: lists follow the tree. */
function orderByTree(f: FinanceView): FinanceView['lines'] {
  const rank = new Map(f.nodes.map((n, i) => [n.id, i]));
  return [...f.lines].sort(
    (a, b) =>
      (a.nodeId ? (rank.get(a.nodeId) ?? 0) + 1 : 0) - (b.nodeId ? (rank.get(b.nodeId) ?? 0) + 1 : 0) ||
      (a.year ?? 9999) - (b.year ?? 9999),
  );
}

/** A part of the tree is listed when money is recorded anywhere in its subtree. */
function hasMoney(n: FinanceView['nodes'][number]): boolean {
  const s = n.subtree;
  const lines = [s.aangevraagd, s.toegekend, s.gerealiseerd].some((a) => a.cents > 0 || a.unknown > 0);
  const gap = n.gapBudget.cents > 0 || n.gapBudget.unknown > 0 || n.gapBudget.otherFund > 0;
  return lines || gap || n.funding !== null;
}
