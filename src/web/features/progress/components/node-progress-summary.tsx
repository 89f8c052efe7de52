import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { PlainText } from '../../../components/plain-text';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useNodeHistory } from '../api/get-node-history';
import { useProgress } from '../api/get-progress';
import { ChecksSection } from './checks-section';
import { ExplanationPanel } from './explanation-panel';
import { progressPath } from './progress-nav';
import { DemoLabel, MilestoneMark, StatusBadge } from './status-badge';

const UPDATES_SHOWN = 3;

/**
 * The progress part of a node page: status and percent with the explanation, contradictions,
 * milestones and the latest updates, and the way to the node's progress page (which links back).
 */
export function NodeProgressSummary({ programme, nodeId, revision }: { programme: string; nodeId: string; revision: number }) {
  const { t } = useI18n();
  const progress = useProgress(programme, null, revision);
  const history = useNodeHistory(programme, nodeId, revision);
  const toProgress = progressPath(programme, `/elementen/${nodeId}`);
  const heading = <Heading2 id="voortgang">{t('reading.node.progress')}</Heading2>;
  if (progress.state === 'error' || history.state === 'error') {
    return (
      <section aria-labelledby="voortgang">
        {heading}
        <Paragraph>{t('reading.node.noProgress')}</Paragraph>
      </section>
    );
  }
  if (progress.state === 'loading' || history.state === 'loading') {
    return (
      <section aria-labelledby="voortgang">
        {heading}
        <Paragraph aria-live="polite">{t('common.loading')}</Paragraph>
      </section>
    );
  }
  const node = progress.data.nodes.find((n) => n.nodeId === nodeId);
  const h = history.data;
  return (
    <section aria-labelledby="voortgang" data-testid="node-progress">
      {heading}
      <DataList className="rt-facts" appearance="rows">
        <DataListItem>
          <DataListKey>{t('reading.node.status')}</DataListKey>
          <DataListValue>
            <span data-testid="node-status">
              <StatusBadge status={node?.status ?? null} suffix={node ? t(`progress.source.${node.statusSource}`) : undefined} />
            </span>{' '}
            {node?.lastUpdate?.isDemo && <DemoLabel />}
            {node?.lastUpdate && <span className="rt-muted"> · {formatDate(node.lastUpdate.date)}</span>}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('reading.node.percent')}</DataListKey>
          <DataListValue>
            {node?.percent === null || node?.percent === undefined ? t('common.none') : t('progress.percent', { percent: node.percent })}
          </DataListValue>
        </DataListItem>
        {node?.override && (
          <DataListItem>
            <DataListKey>{t('progress.node.reason')}</DataListKey>
            <DataListValue>{node.override.reason}</DataListValue>
          </DataListItem>
        )}
      </DataList>
      {node?.derived && <ExplanationPanel explanation={node.derived.explanation} nodes={progress.data.nodes} />}
      {h.checks.some((c) => c.dismissal === null) && (
        <ChecksSection
          programme={programme}
          checks={h.checks}
          mayIgnore={false}
          showNode={false}
          headingLevel={3}
          onChanged={() => undefined}
        />
      )}

      <Heading3>{t('reading.node.milestones')}</Heading3>
      {h.milestones.length === 0 ? (
        <Paragraph>{t('reading.node.noMilestones')}</Paragraph>
      ) : (
        <ul className="rt-plain-list" data-testid="node-milestones">
          {h.milestones.map((m) => (
            <li key={m.id}>
              <MilestoneMark state={m.state} /> {m.title} {m.dueLabel && <span className="rt-muted">({m.dueLabel})</span>}
              {m.doneDate && <span className="rt-muted"> · {formatDate(m.doneDate)}</span>} {m.isDemo && <DemoLabel />}
            </li>
          ))}
        </ul>
      )}

      <Heading3>{t('reading.node.updates')}</Heading3>
      {h.updates.length === 0 ? (
        <Paragraph>{t('reading.node.noUpdates')}</Paragraph>
      ) : (
        <ul className="rt-plain-list" data-testid="node-updates">
          {h.updates.slice(0, UPDATES_SHOWN).map((u) => (
            <li key={u.id} className="rt-update">
              <strong>{formatDate(u.reportDate)}</strong> · <StatusBadge status={u.status} />
              {u.percent !== null && ` · ${t('progress.percent', { percent: u.percent })}`} · {u.authorLabel} {u.isDemo && <DemoLabel />}
              <PlainText text={u.results} />
              {u.attentionPoints?.trim() && (
                <div className="rt-labelled-text">
                  <strong>{t('progress.update.attention')}:</strong> <PlainText text={u.attentionPoints} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <Paragraph>
        <AppLink to={toProgress}>
          {h.updates.length > UPDATES_SHOWN ? t('reading.node.allUpdates', { count: h.updates.length }) : t('reading.node.toProgress')}
        </AppLink>
      </Paragraph>
    </section>
  );
}
