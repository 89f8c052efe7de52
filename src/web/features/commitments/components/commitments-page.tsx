import {
  Heading1,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { Breadcrumb } from '../../programmes';
import { DemoLabel, MilestoneMark, NodeRef, StatusBadge, TableScroll, type OrganisationCommitments } from '../../progress';
import { useCommitments } from '../api/get-commitments';

/** "Waar zet mijn organisatie zich in?": every node where it commits, also through its groups, across programmes. */
export function CommitmentsPage() {
  const { organisationId = '' } = useParams();
  const data = useCommitments(organisationId);
  return <LoadState value={data}>{(c) => (c ? <CommitmentsView view={c} /> : null)}</LoadState>;
}

type Programme = OrganisationCommitments['programmes'][number];
type Node = Programme['nodes'][number];

function CommitmentsView({ view }: { view: OrganisationCommitments }) {
  const { t } = useI18n();
  const name = view.organisation.name;
  return (
    <div className="rt-page">
      <Breadcrumb items={[{ to: '/', label: t('nav.programmes') }]} current={t('reading.commit.title', { name })} />
      <Heading1>{t('reading.commit.title', { name })}</Heading1>
      <Paragraph>{t('reading.commit.intro')}</Paragraph>
      {view.groups.length > 0 && (
        <Paragraph data-testid="commit-groups">
          <strong>{t('reading.commit.groups')}:</strong>{' '}
          {view.groups.map((g, i) => (
            <span key={g.id}>
              {i > 0 && ', '}
              <AppLink to={`/organisaties/${g.id}/inzet`}>{g.name}</AppLink>
            </span>
          ))}
        </Paragraph>
      )}
      {view.members.length > 0 && (
        <Paragraph>
          <strong>{t('reading.commit.members')}:</strong>{' '}
          {view.members.map((m, i) => (
            <span key={m.id}>
              {i > 0 && ', '}
              <AppLink to={`/organisaties/${m.id}/inzet`}>{m.name}</AppLink>
            </span>
          ))}
        </Paragraph>
      )}
      {view.programmes.length === 0 && <Paragraph>{t('reading.commit.none')}</Paragraph>}
      {view.programmes.map((p) => (
        <ProgrammeCommitments key={p.programmeId} programme={p} />
      ))}
    </div>
  );
}

function ProgrammeCommitments({ programme: p }: { programme: Programme }) {
  const { t } = useI18n();
  const caption = `${p.title}: ${t('reading.commit.count', { count: p.nodes.length })}`;
  return (
    <section aria-labelledby={`prog-${p.programmeId}`}>
      <Heading2 id={`prog-${p.programmeId}`}>
        <AppLink to={`/programmas/${p.slug}`}>{p.title}</AppLink>
      </Heading2>
      <TableScroll label={caption}>
        <Table className="rt-commitments">
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('progress.dashboard.item')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reading.commit.why')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('progress.dashboard.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reading.commit.milestones')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('reading.commit.duties')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {p.nodes.map((n) => (
              <CommitmentRow key={n.nodeId} slug={p.slug} node={n} />
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </section>
  );
}

function CommitmentRow({ slug, node: n }: { slug: string; node: Node }) {
  const { t } = useI18n();
  return (
    <TableRow data-testid="commitment-row">
      <TableHeaderCell scope="row" className="rt-commitments__node">
        <span className="rt-tree__level">{n.levelLabel}</span>{' '}
        <NodeRef path={n.path} code={n.code} title={n.title} to={`/programmas/${slug}/elementen/${n.nodeId}`} />
      </TableHeaderCell>
      <TableCell>
        <ul className="rt-plain-list">
          {n.reasons.map((r, i) => (
            <li key={i}>
              <strong>{t(`reading.commit.kind.${r.kind}`)}</strong>
              {r.via && ` (${t('reading.commit.via', { group: r.via })})`}
              {r.text && `: ${r.text}`}
            </li>
          ))}
        </ul>
      </TableCell>
      <TableCell>
        <StatusBadge status={n.status} />
        {n.percent !== null && ` · ${t('progress.percent', { percent: n.percent })}`} {n.statusIsDemo && <DemoLabel />}
      </TableCell>
      <TableCell>
        {n.milestones.length === 0 ? (
          t('reading.commit.noMilestones')
        ) : (
          <ul className="rt-plain-list">
            {n.milestones.map((m) => (
              <li key={m.id}>
                <MilestoneMark state={m.state} /> {m.title} {m.dueLabel && <span className="rt-muted">({m.dueLabel})</span>}{' '}
                {m.isDemo && <DemoLabel />}
              </li>
            ))}
          </ul>
        )}
      </TableCell>
      <TableCell>
        {n.duties.length === 0 ? (
          t('reading.commit.noDuties')
        ) : (
          <ul className="rt-plain-list">
            {n.duties.map((d) => (
              <li key={d.periodId}>
                <span className={`rt-duty rt-duty--${d.state}`}>{t(`progress.mine.state.${d.state}`)}</span>{' '}
                {t('reading.commit.duty', { period: d.periodLabel, date: formatDate(d.dueDate) })}
              </li>
            ))}
          </ul>
        )}
      </TableCell>
    </TableRow>
  );
}
