import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router-dom';
import { LoadState } from '../../../components/load-state';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useTerugblik } from '../api/get-terugblik';
import { usePeriods } from '../api/list-periods';
import { PeriodPickerAll, usePeriodParam } from './period-picker';
import { ProgressHeader, progressPath } from './progress-nav';
import { DemoLabel, StatusBadge } from './status-badge';
import { PlainText } from '../../../components/plain-text';
import { NodeRef } from './node-ref';

/** Terugblik: per theme, the results and points of attention since the previous period. */
export function TerugblikPage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const periodId = usePeriodParam();
  const data = useTerugblik(programmeId, periodId);
  const periods = usePeriods(programmeId);
  return (
    <>
      <ProgressHeader programme={programmeId} title={t('progress.terugblik.title')} />
      <LoadState value={periods}>{({ items }) => <PeriodPickerAll periods={items} label={t('progress.terugblik.period')} />}</LoadState>
      <LoadState value={data}>
        {(d) => (
          <>
            <Paragraph>
              {d.period ? `${d.period.label}: ` : ''}
              {d.since
                ? t('progress.terugblik.intro', { since: formatDate(d.since), until: formatDate(d.until) })
                : t('progress.terugblik.introAll', { until: formatDate(d.until) })}
            </Paragraph>
            {d.themes.length === 0 && <Paragraph>{t('progress.terugblik.empty')}</Paragraph>}
            {d.themes.map((theme) => (
              <section key={theme.themeId} aria-labelledby={`thema-${theme.themeId}`}>
                <Heading2 id={`thema-${theme.themeId}`}>{theme.code ? `${theme.code} ${theme.title}` : theme.title}</Heading2>
                {theme.updates.map((u) => (
                  <article key={u.id} className="rt-terugblik-item">
                    <Heading3>
                      <NodeRef
                        path={u.path}
                        code={u.nodeCode}
                        title={u.nodeTitle}
                        to={progressPath(programmeId, `/elementen/${u.nodeId}`)}
                      />
                    </Heading3>
                    <Paragraph>
                      {formatDate(u.date)} · <StatusBadge status={u.status} />{' '}
                      {u.percent !== null && `· ${t('progress.percent', { percent: u.percent })}`} · {u.authorLabel}{' '}
                      {u.isDemo && <DemoLabel />}
                      {u.correctionReason && (
                        <span data-testid="terugblik-corrected">
                          {' '}
                          · {t('entry.correction.correctedBecause', { reason: u.correctionReason })}
                        </span>
                      )}
                    </Paragraph>
                    {u.results?.trim() && (
                      <div className="rt-labelled-text">
                        <strong>{t('progress.update.results')}:</strong> <PlainText text={u.results} />
                      </div>
                    )}
                    {u.attentionPoints?.trim() && (
                      <div className="rt-labelled-text">
                        <strong>{t('progress.update.attention')}:</strong> <PlainText text={u.attentionPoints} />
                      </div>
                    )}
                  </article>
                ))}
              </section>
            ))}
          </>
        )}
      </LoadState>
    </>
  );
}
