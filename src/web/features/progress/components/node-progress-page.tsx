import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { PlainText } from '../../../components/plain-text';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useProgrammeRights } from '../../auth';
import { useNodeHistory } from '../api/get-node-history';
import { useProgress } from '../api/get-progress';
import { useKeepPrevious } from '../api/keep-previous';
import { ChecksSection } from './checks-section';
import { ExplanationPanel } from './explanation-panel';
import { LifecycleSection, lifecycleKey } from './lifecycle-section';
import { MilestoneSection } from './milestone-section';
import { UpdateCorrectionCell, WithdrawUpdateForm } from './update-corrections';
import { OverrideForm } from './override-form';
import { TableScroll } from './table-scroll';
import { ProgressHeader } from './progress-nav';
import { DemoLabel, StatusBadge } from './status-badge';
import { UpdateForm } from './update-form';

/** One node: its state (derived and override side by side, with uitleg), post an update, override, history, milestones. */
export function NodeProgressPage() {
  const { programmeId = '', nodeId = '' } = useParams();
  const { t } = useI18n();
  const [revision, setRevision] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const reload = () => setRevision((r) => r + 1);
  const progress = useKeepPrevious(useProgress(programmeId, null, revision));
  const history = useKeepPrevious(useNodeHistory(programmeId, nodeId, revision));
  // The address may name the programme by slug; rights go by the id the progress view returns.
  const rights = useProgrammeRights(progress.state === 'ready' ? progress.data.programmeId : null);
  // Reporting is for the node's own organisation (or a beheerder): known once the history, which names the owner, is in.
  const mayReport = history.state === 'ready' && rights.mayReport(history.data.ownerOrganisationId);
  return (
    <LoadState value={progress}>
      {(view) => {
        const node = view.nodes.find((n) => n.nodeId === nodeId);
        if (!node) return <Paragraph>{t('notFound.title')}</Paragraph>;
        const label = node.code ? `${node.code} ${node.title}` : node.title;
        return (
          <>
            <ProgressHeader
              programme={programmeId}
              programmeTitle={view.programmeTitle}
              title={t('progress.node.title', { title: label })}
            />
            <Paragraph>
              <AppLink to={`/programmas/${encodeURIComponent(programmeId)}/elementen/${nodeId}`}>{t('reading.node.backToNode')}</AppLink>
            </Paragraph>
            <Heading2>{t('progress.node.current')}</Heading2>
            <DataList>
              <DataListItem>
                <DataListKey>{t('progress.dashboard.status')}</DataListKey>
                <DataListValue>
                  <span data-testid="current-status">
                    <StatusBadge status={node.status} suffix={t(`progress.source.${node.statusSource}`)} />
                  </span>
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('entry.lifecycle.title')}</DataListKey>
                <DataListValue>
                  <span data-testid="current-lifecycle">
                    {node.lifecycle
                      ? `${t(lifecycleKey(node.lifecycle.status))} ${t('entry.lifecycle.since', { date: formatDate(node.lifecycle.since) })}`
                      : t('entry.lifecycle.none')}
                  </span>
                </DataListValue>
              </DataListItem>
              <DataListItem>
                <DataListKey>{t('progress.dashboard.percent')}</DataListKey>
                <DataListValue>
                  {node.percent === null
                    ? '–'
                    : `${t('progress.percent', { percent: node.percent })} (${t(`progress.source.${node.percentSource}`)})`}
                </DataListValue>
              </DataListItem>
              {node.derived && (
                <DataListItem>
                  <DataListKey>{t('progress.node.derived')}</DataListKey>
                  <DataListValue>
                    <span data-testid="derived-status">
                      <StatusBadge status={node.derived.status} />
                    </span>
                    {node.derived.percent !== null && `, ${t('progress.percent', { percent: node.derived.percent })}`}
                  </DataListValue>
                </DataListItem>
              )}
              {node.override && (
                <DataListItem>
                  <DataListKey>{t('progress.node.reason')}</DataListKey>
                  <DataListValue>
                    <span data-testid="override-reason">{node.override.reason}</span>
                    {node.override.authorLabel && ` — ${t('progress.node.overriddenBy', { author: node.override.authorLabel })}`}
                  </DataListValue>
                </DataListItem>
              )}
            </DataList>
            {node.derived && <ExplanationPanel explanation={node.derived.explanation} nodes={view.nodes} />}
            {mayReport && <UpdateForm programme={programmeId} nodeId={nodeId} onSaved={reload} />}
            {node.derived && rights.may('beheerder') && (
              <OverrideForm
                key={node.override?.reason ?? ''}
                programme={programmeId}
                node={node}
                onSaved={(message) => {
                  setNotice(message);
                  reload();
                }}
              />
            )}
            {notice && (
              <Paragraph role="status" className="rt-saved">
                {notice}
              </Paragraph>
            )}
            <LoadState value={history}>
              {(h) => (
                <>
                  <ChecksSection
                    programme={programmeId}
                    checks={h.checks}
                    mayIgnore={rights.may('beheerder')}
                    showNode={false}
                    onChanged={reload}
                  />
                  <Heading2>{t('progress.history.title')}</Heading2>
                  {h.updates.length === 0 ? (
                    <Paragraph>{t('progress.history.empty')}</Paragraph>
                  ) : (
                    <TableScroll label={t('progress.history.caption')}>
                      <Table>
                        <TableCaption>{t('progress.history.caption')}</TableCaption>
                        <TableHeader>
                          <TableRow>
                            <TableHeaderCell scope="col">{t('progress.history.date')}</TableHeaderCell>
                            <TableHeaderCell scope="col">{t('progress.dashboard.status')}</TableHeaderCell>
                            <TableHeaderCell scope="col">{t('progress.dashboard.percent')}</TableHeaderCell>
                            <TableHeaderCell scope="col">{t('progress.update.results')}</TableHeaderCell>
                            <TableHeaderCell scope="col">{t('progress.update.attention')}</TableHeaderCell>
                            <TableHeaderCell scope="col">{t('progress.history.author')}</TableHeaderCell>
                            <TableHeaderCell scope="col">{t('entry.correction.column')}</TableHeaderCell>
                          </TableRow>
                        </TableHeader>
                        <TableBody>
                          {h.updates.map((u) => (
                            <TableRow key={u.id} data-testid="history-row">
                              <TableCell>{formatDate(u.reportDate)}</TableCell>
                              <TableCell>
                                <StatusBadge status={u.status} />
                              </TableCell>
                              <TableCell>{u.percent === null ? '' : t('progress.percent', { percent: u.percent })}</TableCell>
                              <TableCell>
                                <PlainText text={u.results} />
                              </TableCell>
                              <TableCell>
                                <PlainText text={u.attentionPoints} />
                              </TableCell>
                              <TableCell>
                                {u.authorLabel} {u.isDemo && <DemoLabel />}
                              </TableCell>
                              <TableCell>
                                <UpdateCorrectionCell
                                  update={u}
                                  mayCorrect={mayReport}
                                  onCorrect={() => {
                                    setWithdrawing(null);
                                    setCorrecting(u.id);
                                  }}
                                  onWithdraw={() => {
                                    setCorrecting(null);
                                    setWithdrawing(u.id);
                                  }}
                                />
                              </TableCell>
                            </TableRow>
                          ))}
                        </TableBody>
                      </Table>
                    </TableScroll>
                  )}
                  {(() => {
                    const target = h.updates.find((u) => u.id === correcting);
                    return target && mayReport ? (
                      <UpdateForm
                        key={target.id}
                        programme={programmeId}
                        nodeId={nodeId}
                        correcting={target}
                        onCancel={() => setCorrecting(null)}
                        onSaved={() => {
                          setCorrecting(null);
                          setNotice(t('entry.correction.saved'));
                          reload();
                        }}
                      />
                    ) : null;
                  })()}
                  {(() => {
                    const target = h.updates.find((u) => u.id === withdrawing);
                    return target && mayReport ? (
                      <WithdrawUpdateForm
                        key={target.id}
                        programme={programmeId}
                        update={target}
                        onCancel={() => setWithdrawing(null)}
                        onSaved={() => {
                          setWithdrawing(null);
                          setNotice(t('entry.withdraw.saved'));
                          reload();
                        }}
                      />
                    ) : null;
                  })()}
                  {h.overrides.length > 0 && (
                    <>
                      <Heading2>{t('progress.history.overrides')}</Heading2>
                      <ul className="rt-plain-list">
                        {h.overrides.map((o) => (
                          <li key={o.id}>
                            {formatDate(o.createdAt)}: <StatusBadge status={o.status} />{' '}
                            {o.percent !== null && t('progress.percent', { percent: o.percent })} — {o.reason} ({o.authorLabel};{' '}
                            {o.withdrawnAt
                              ? t('progress.history.withdrawnAt', { date: formatDate(o.withdrawnAt) })
                              : t('progress.history.active')}
                            )
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                  <LifecycleSection
                    programme={programmeId}
                    nodeId={nodeId}
                    today={view.today}
                    history={h.lifecycle}
                    mayChange={rights.may('redacteur')}
                    onSaved={reload}
                  />
                  <MilestoneSection
                    programme={programmeId}
                    nodeId={nodeId}
                    today={view.today}
                    milestones={h.milestones}
                    mayChange={rights.may('redacteur')}
                    onSaved={reload}
                  />
                </>
              )}
            </LoadState>
          </>
        );
      }}
    </LoadState>
  );
}
