import {
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  PreHeading,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { AppButtonLink, AppLink } from '../../../components/app-link';
import { FlashMessage } from '../../../components/flash-message';
import { LoadState } from '../../../components/load-state';
import { PlainText } from '../../../components/plain-text';
import { useKeptWhileLoading } from '../../../components/use-kept-while-loading';
import { formatCents } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights, type ProgrammeRights } from '../../auth';
import { NodeProgressSummary } from '../../progress';
import { useNode, type GapAnalysis, type NodeDetail } from '../api/get-node';
import { useTree } from '../api/get-tree';
import type { Programme, TreeNodeData } from '../api/types';
import { levelLabel, nodeName as name } from '../model/tree';
import { Breadcrumb } from './breadcrumb';
import { GapAnalysisForm } from './gap-analysis-form';
import { NodeEfforts } from './node-efforts';
import { NodeHistory } from './node-history';
import { NodeLinks } from './node-links';
import { NodeStructureActions } from './node-structure-actions';
import { InitiativesSection, SideListsSection } from '../../knowledge';

export function NodePage() {
  const { programmeId = '', nodeId = '' } = useParams();
  const [revision, setRevision] = useState(0);
  const node = useKeptWhileLoading(useNode(programmeId, nodeId, revision));
  const tree = useKeptWhileLoading(useTree(programmeId, revision));
  const { t } = useI18n();
  // Asked once for the page, not per node: following links from node to node keeps the controls in place.
  const rights = useProgrammeRights(tree.state === 'ready' ? tree.data.programme.id : null);
  return (
    <LoadState value={tree}>
      {({ programme, nodes }) => (
        <LoadState value={node}>
          {/* Keyed by node: moving to another node's page starts with fresh dialogs and messages. After following a
              link into another programme, the node is shown once that programme's tree (and so its rights) is in. */}
          {(n) =>
            n.programmeId === programme.id ? (
              <NodeView
                key={n.id}
                node={n}
                programme={programme}
                nodes={nodes}
                rights={rights}
                revision={revision}
                onChanged={() => setRevision((r) => r + 1)}
              />
            ) : (
              <Paragraph aria-live="polite">{t('common.loading')}</Paragraph>
            )
          }
        </LoadState>
      )}
    </LoadState>
  );
}

interface ViewProps {
  node: NodeDetail;
  programme: Programme;
  nodes: TreeNodeData[];
  rights: ProgrammeRights;
  revision: number;
  onChanged(): void;
}

function NodeView({ node: n, programme: p, nodes, rights, revision, onChanged }: ViewProps) {
  const { t } = useI18n();
  const mayEdit = rights.mayEdit(n.ownerOrganisation?.id ?? null);
  const byId = new Map(nodes.map((x) => [x.id, x]));
  const ancestors: TreeNodeData[] = [];
  for (
    let cur = n.parentId ? byId.get(n.parentId) : undefined;
    cur && ancestors.length < 50;
    cur = cur.parentId ? byId.get(cur.parentId) : undefined
  )
    ancestors.unshift(cur);
  const children = nodes.filter((x) => x.parentId === n.id).sort((a, b) => a.position - b.position);
  const level = n.levelLabel ?? levelLabel(p.levelLabels, n.level);
  const childLevel = levelLabel(p.levelLabels, n.level + 1);
  const base = `/programmas/${p.slug}`;

  const text = (value: string | null | undefined) => (value?.trim() ? <PlainText text={value} /> : null);
  const owner = n.ownerOrganisation;
  const allFacts: [string, React.ReactNode][] = [
    [t('node.level'), level],
    [t('node.code'), n.code],
    [t('node.description'), text(n.description)],
    [t('node.scope'), n.scope ? t(`scope.${n.scope}`) : null],
    [t('node.owner'), owner ? <AppLink to={`/organisaties/${owner.id}/inzet`}>{owner.name}</AppLink> : null],
    [t('node.trekkers'), (n.trekkers ?? []).map((x) => x.name).join(', ')],
    [t('node.municipalities'), (n.municipalities ?? []).map((x) => x.name).join(', ')],
    [t('entryNode.shownExcluded'), (n.excludedMunicipalities ?? []).map((x) => x.name).join(', ')],
    [t('entryNode.shownAliases'), (n.aliases ?? []).join(', ')],
    [t('node.due'), n.deadlineLabel],
    [t('node.objective'), text(n.doelstelling)],
    [t('node.expectedResult'), text(n.expectedResult)],
    [t('node.version'), String(n.version)],
  ];
  // Empty fields are named once, not shown as rows of "—".
  const facts = allFacts.filter(([, value]) => value !== null && value !== undefined && value !== '');
  const missing = allFacts.filter(([, value]) => value === null || value === undefined || value === '').map(([key]) => key);

  return (
    <div className="rt-page">
      <Breadcrumb
        items={[
          { to: '/', label: t('nav.programmes') },
          { to: base, label: p.shortName ?? p.title },
          ...ancestors.map((a) => ({ to: `${base}/elementen/${a.id}`, label: name(a) })),
        ]}
        current={name(n)}
      />
      <FlashMessage />
      <PreHeading>{level}</PreHeading>
      <Heading1>{name(n)}</Heading1>
      <nav aria-label={t('programme.actions')} className="rt-actions">
        <ButtonGroup>
          {mayEdit && (
            <AppButtonLink to={`${base}/elementen/${n.id}/bewerken`} appearance="primary-action">
              {t('node.edit')}
            </AppButtonLink>
          )}
          {rights.mayCreate && (
            <AppButtonLink to={`${base}/elementen/nieuw?onder=${n.id}`}>{t('node.addChild', { level: childLevel })}</AppButtonLink>
          )}
          <AppButtonLink to={`${base}/din`}>{t('programme.din')}</AppButtonLink>
          <AppButtonLink to={`${base}/kpi?element=${n.id}`}>{t('kpi.form.nodeLink')}</AppButtonLink>
          {rights.may('redacteur') && <AppButtonLink to={`${base}/kpi/nieuw?element=${n.id}`}>{t('kpi.form.addForNode')}</AppButtonLink>}
        </ButtonGroup>
      </nav>
      <NodeStructureActions programme={p} node={n} nodes={nodes} mayChange={mayEdit} onChanged={onChanged} />

      <Heading2>{t('node.fields')}</Heading2>
      <DataList className="rt-facts" appearance="rows">
        {facts.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue multiline>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {missing.length > 0 && <Paragraph className="rt-muted">{t('reading.node.emptyFields', { fields: missing.join(', ') })}</Paragraph>}
      {(n.sections ?? [])
        .filter((s) => s.body.trim())
        .map((s) => (
          <section key={s.title}>
            <Heading3>{s.title}</Heading3>
            <PlainText text={s.body} />
          </section>
        ))}

      <NodeProgressSummary programme={p.slug} nodeId={n.id} revision={revision} />

      {children.length > 0 && (
        <>
          <Heading2>{t('node.children')}</Heading2>
          <UnorderedList>
            {children.map((c) => (
              <UnorderedListItem key={c.id}>
                <AppLink to={`${base}/elementen/${c.id}`}>{name(c)}</AppLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}

      <Heading2>{t('node.efforts')}</Heading2>
      <NodeEfforts programme={p} node={n} nodes={byId} base={base} rights={rights} onChanged={onChanged} />

      <Heading2>{t('node.gap')}</Heading2>
      <GapAnalysisView gap={n.gapAnalysis} />
      {mayEdit && <GapAnalysisForm key={n.version} programme={p.slug} node={n} onSaved={onChanged} />}

      <Heading2>{t('node.links')}</Heading2>
      <NodeLinks programme={p} node={n} mayChange={rights.may('redacteur')} onChanged={onChanged} />

      <SideListsSection programme={p.slug} nodeId={n.id} mayEdit={mayEdit} />
      <InitiativesSection
        programme={{ id: p.id, slug: p.slug, title: p.title }}
        nodeId={n.id}
        nodes={nodes.map((x) => ({
          id: x.id,
          parentId: x.parentId,
          code: x.code,
          title: x.title,
          ownerOrganisationId: x.ownerOrganisation?.id ?? null,
        }))}
        rights={rights}
      />

      <Heading2>{t('node.history')}</Heading2>
      <NodeHistory history={n.history} />
    </div>
  );
}

function GapAnalysisView({ gap }: { gap: GapAnalysis | null }) {
  const { t } = useI18n();
  if (!gap) return <Paragraph>{t('node.gap.empty')}</Paragraph>;
  const budget = !gap.budget
    ? t('node.gap.noBudget')
    : gap.budget.kind === 'bedrag' && gap.budget.cents !== null
      ? formatCents(gap.budget.cents)
      : gap.budget.kind === 'ander-fonds'
        ? t('node.gap.otherFund', { fund: gap.budget.fund ?? '' })
        : t('node.gap.budgetUnknown');
  return (
    <DataList className="rt-facts" appearance="rows">
      <DataListItem>
        <DataListKey>{t('node.gap.current')}</DataListKey>
        <DataListValue>
          {gap.currentPractices.length === 0 ? (
            t('common.none')
          ) : (
            <UnorderedList>
              {gap.currentPractices.map((c, i) => (
                <UnorderedListItem key={i}>{c}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('node.gap.gap')}</DataListKey>
        <DataListValue multiline>
          <PlainText text={gap.hiaat} empty={t('common.none')} />
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('node.gap.proposal')}</DataListKey>
        <DataListValue multiline>
          <PlainText text={gap.voorstel} empty={t('common.none')} />
        </DataListValue>
      </DataListItem>
      <DataListItem>
        <DataListKey>{t('node.gap.budget')}</DataListKey>
        <DataListValue>
          {budget}
          <PlainText text={gap.budget?.note} />
        </DataListValue>
      </DataListItem>
    </DataList>
  );
}
