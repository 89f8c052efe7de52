import {
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { PlainText } from '../../../components/plain-text';
import { FlashMessage } from '../../../components/flash-message';
import { LoadState } from '../../../components/load-state';
import { StatusMessage } from '../../../components/status-message';
import { useKeptWhileLoading } from '../../../components/use-kept-while-loading';
import { formatPeriod } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights, useSession } from '../../auth';
import { useCommitments } from '../../commitments';
import { PublicProgrammePage } from '../../publication';
import { useOrganisations } from '../api/list-organisations';
import { statusLabel } from '../model/status';
import { useEfforts } from '../api/list-efforts';
import { useTree } from '../api/get-tree';
import { documentUrl } from '../api/programme-document';
import type { Effort, Programme, TreeNodeData } from '../api/types';
import { partnerOptions } from '../model/partners';
import { NO_FILTER, buildTree, filterTree, flatten, isFiltering, levelLabel } from '../model/tree';
import { Breadcrumb } from './breadcrumb';
import { ProgrammeExtraFacts } from './programme-extra-facts';
import { InitiativesSection, SideListsSection } from '../../knowledge';
import { GoalTree } from './goal-tree';
import { RenumberDialog } from './renumber-dialog';
import { TreeFilters } from './tree-filters';

export function ProgrammePage() {
  const { programmeId = '' } = useParams();
  const session = useSession();
  // A visitor without an account gets the public version (only what the beheerder published).
  if (session.state === 'ready' && !session.data.account) return <PublicProgrammePage slug={programmeId} />;
  return <MemberProgrammePage programmeId={programmeId} />;
}

function MemberProgrammePage({ programmeId }: { programmeId: string }) {
  const [revision, setRevision] = useState(0);
  const tree = useKeptWhileLoading(useTree(programmeId, revision));
  const efforts = useEfforts(programmeId);
  return (
    <LoadState value={tree}>
      {({ programme, nodes }) => (
        <ProgrammeView
          programme={programme}
          nodes={nodes}
          efforts={efforts.state === 'ready' ? efforts.data.items : []}
          onChanged={() => setRevision((r) => r + 1)}
        />
      )}
    </LoadState>
  );
}

function ProgrammeView({
  programme: p,
  nodes,
  efforts,
  onChanged,
}: {
  programme: Programme;
  nodes: TreeNodeData[];
  efforts: Effort[];
  onChanged(): void;
}) {
  const { t } = useI18n();
  const rights = useProgrammeRights(p.id);
  const [filter, setFilter] = useState(NO_FILTER);
  const [renumbering, setRenumbering] = useState(false);
  const [status, setStatus] = useState('');
  const tree = useMemo(() => buildTree(nodes), [nodes]);
  const organisations = useOrganisations();
  const commitments = useCommitments(filter.organisationId, p.id);
  const committed = useMemo(
    () =>
      commitments.state === 'ready' && commitments.data
        ? new Set(commitments.data.programmes.flatMap((x) => x.nodes.map((n) => n.nodeId)))
        : null,
    [commitments],
  );
  const organisationOptions = useMemo(
    () =>
      organisations.state === 'ready'
        ? organisations.data.items.map((o) => ({ value: o.id, label: o.name })).sort((a, b) => a.label.localeCompare(b.label, 'nl'))
        : [],
    [organisations],
  );
  const shown = useMemo(() => filterTree(tree, filter, efforts, committed), [tree, filter, efforts, committed]);
  const owners = useMemo(() => {
    const byId = new Map(nodes.flatMap((n) => (n.ownerOrganisation ? [[n.ownerOrganisation.id, n.ownerOrganisation.name] as const] : [])));
    return [...byId].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  }, [nodes]);
  const partners = useMemo(() => partnerOptions(p.partners ?? [], efforts), [p.partners, efforts]);

  return (
    <div className="rt-page">
      <Breadcrumb items={[{ to: '/', label: t('nav.programmes') }]} current={p.shortName ?? p.title} />
      <FlashMessage />
      <Heading1>{p.title}</Heading1>
      <PlainText text={p.description} />
      <DataList className="rt-facts" appearance="rows">
        <DataListItem>
          <DataListKey>{t('programme.levels')}</DataListKey>
          <DataListValue>{p.levelLabels.join(' › ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('programme.period')}</DataListKey>
          <DataListValue>{formatPeriod(p.periodStart, p.periodEnd) || t('common.none')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('programme.status')}</DataListKey>
          <DataListValue>{statusLabel(p.status, t)}</DataListValue>
        </DataListItem>
        <ProgrammeExtraFacts p={p} />
        <DataListItem>
          <DataListKey>{t('programme.partners')}</DataListKey>
          <DataListValue>{partners.map((o) => o.label).join(', ') || t('programme.noPartners')}</DataListValue>
        </DataListItem>
      </DataList>
      <nav aria-label={t('programme.actions')} className="rt-actions">
        <ButtonGroup>
          {rights.mayCreate && (
            <AppButtonLink to={`/programmas/${p.slug}/elementen/nieuw`} appearance="primary-action">
              {t('programme.addTop', { level: levelLabel(p.levelLabels, 0) })}
            </AppButtonLink>
          )}
          <AppButtonLink to={`/programmas/${p.slug}/din`}>{t('programme.din')}</AppButtonLink>
          <AppButtonLink to={`/programmas/${p.slug}/voortgang`}>{t('progress.link')}</AppButtonLink>
          <AppButtonLink to={`/programmas/${p.slug}/kpi`}>{t('kpi.link')}</AppButtonLink>
          <AppButtonLink to={`/programmas/${p.slug}/financien`}>{t('finance.nav')}</AppButtonLink>
          <AppButtonLink to={`/programmas/${p.slug}/overleg`}>{t('governance.link')}</AppButtonLink>
          <AppButtonLink to={`/programmas/${p.slug}/rapportage`}>{t('report.link')}</AppButtonLink>
          {rights.may('beheerder') && <AppButtonLink to={`/programmas/${p.slug}/publicatie`}>{t('publication.link')}</AppButtonLink>}
          {rights.may('beheerder') && <AppButtonLink to={`/programmas/${p.slug}/bewerken`}>{t('programme.edit')}</AppButtonLink>}
          {rights.may('beheerder') && <AppButtonLink to={`/programmas/${p.slug}/leden`}>{t('members.link')}</AppButtonLink>}
          <a
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
            href={documentUrl(p.slug)}
            download={`${p.slug}.json`}
          >
            {t('programme.download')}
          </a>
        </ButtonGroup>
      </nav>

      <Heading2>{t('programme.tree.title')}</Heading2>
      {nodes.length > 0 && rights.may('redacteur') && (
        <div className="rt-tree-tools">
          <Button type="button" appearance="secondary-action-button" onClick={() => setRenumbering(true)}>
            {t('renumber.open')}
          </Button>
          <StatusMessage message={status} testId="tree-status" />
        </div>
      )}
      {renumbering && (
        <RenumberDialog
          programme={p}
          nodes={nodes}
          onClose={() => setRenumbering(false)}
          onDone={(changed) => {
            setRenumbering(false);
            setStatus(t('renumber.done', { count: changed }));
            onChanged();
          }}
        />
      )}
      <TreeFilters filter={filter} onChange={setFilter} owners={owners} partners={partners} organisations={organisationOptions} />
      {nodes.length === 0 ? (
        <Paragraph>{t('programme.tree.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph aria-live="polite" className="rt-muted">
            {t('programme.tree.count', { shown: flatten(shown).length, total: nodes.length })}
          </Paragraph>
          {filter.organisationId && (
            <Paragraph>
              <AppLink to={`/organisaties/${filter.organisationId}/inzet`}>{t('reading.commit.link')}</AppLink>
            </Paragraph>
          )}
          {filter.organisationId && committed === null ? (
            <Paragraph aria-live="polite">{t('reading.filter.loading')}</Paragraph>
          ) : shown.length === 0 ? (
            <Paragraph>{t('programme.tree.noMatch')}</Paragraph>
          ) : (
            <GoalTree programme={p.slug} tree={shown} levelLabels={p.levelLabels} forceOpen={isFiltering(filter)} />
          )}
        </>
      )}
      <SideListsSection programme={p.slug} nodeId={null} mayEdit={rights.may('redacteur')} />
      <InitiativesSection
        programme={{ id: p.id, slug: p.slug, title: p.title }}
        nodeId={null}
        nodes={nodes.map((n) => ({
          id: n.id,
          parentId: n.parentId,
          code: n.code,
          title: n.title,
          ownerOrganisationId: n.ownerOrganisation?.id ?? null,
        }))}
        rights={rights}
      />
    </div>
  );
}
