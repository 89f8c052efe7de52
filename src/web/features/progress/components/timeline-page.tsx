import { Paragraph } from '@utrecht/component-library-react';
import { useParams } from 'react-router-dom';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { formatDate } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useTimeline } from '../api/get-timeline';
import { ProgressHeader, progressPath } from './progress-nav';
import { MilestoneMark } from './status-badge';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Gantt-like timeline as a list: each row's bar and diamonds are drawn with CSS positions in
 * percent of the range, and every date is also written out as text (the drawing is decoration).
 */
export function TimelinePage() {
  const { programmeId = '' } = useParams();
  const { t } = useI18n();
  const timeline = useTimeline(programmeId);
  return (
    <>
      <ProgressHeader programme={programmeId} title={t('progress.timeline.title')} />
      <LoadState value={timeline}>
        {(tl) => {
          if (!tl.start || !tl.end) return <Paragraph>{t('progress.timeline.empty')}</Paragraph>;
          const from = day(tl.start);
          const span = Math.max(1, day(tl.end) - from);
          const pos = (iso: string) => `${Math.min(100, Math.max(0, ((day(iso) - from) / span) * 100)).toFixed(2)}%`;
          const years: number[] = [];
          for (let y = Number(tl.start.slice(0, 4)) + 1; y <= Number(tl.end.slice(0, 4)); y++) years.push(y);
          return (
            <>
              <Paragraph>{t('progress.timeline.intro', { start: formatDate(tl.start), end: formatDate(tl.end) })}</Paragraph>
              <div className="rt-timeline">
                <div className="rt-timeline__axis" aria-hidden="true">
                  {years.map((y) => (
                    <span key={y} className="rt-timeline__tick" style={{ insetInlineStart: pos(`${y}-01-01`) }}>
                      {y}
                    </span>
                  ))}
                </div>
                <ul className="rt-plain-list">
                  {tl.rows.map((r) => (
                    <li key={r.nodeId} className={`rt-timeline__row rt-timeline__row--level-${Math.min(r.level, 3)}`}>
                      <div className="rt-timeline__label">
                        <AppLink to={progressPath(programmeId, `/elementen/${r.nodeId}`)}>
                          {r.code ? `${r.code} ${r.title}` : r.title}
                        </AppLink>
                        <span className="rt-muted">
                          {' '}
                          {r.span
                            ? `${formatDate(r.span.start)} – ${formatDate(r.span.end)}${r.span.label ? ` (${r.span.label})` : ''}`
                            : t('progress.timeline.noSpan')}
                        </span>
                        {r.milestones.length > 0 && (
                          <ul className="rt-plain-list rt-timeline__milestones">
                            {r.milestones.map((m) => (
                              <li key={m.id}>
                                ◆ {m.title} ({m.label || '–'}) <MilestoneMark state={m.state} />
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                      <div className="rt-timeline__track" aria-hidden="true">
                        {r.span && (
                          <span
                            className="rt-timeline__bar"
                            style={{ insetInlineStart: pos(r.span.start), width: `calc(${pos(r.span.end)} - ${pos(r.span.start)} + 2px)` }}
                          />
                        )}
                        {r.milestones
                          .filter((m) => m.end)
                          .map((m) => (
                            <span
                              key={m.id}
                              className={`rt-timeline__diamond rt-timeline__diamond--${m.state}`}
                              style={{ insetInlineStart: pos(m.end ?? tl.start ?? '') }}
                            />
                          ))}
                        {tl.today >= (tl.start ?? '') && tl.today <= (tl.end ?? '') && (
                          <span className="rt-timeline__today" style={{ insetInlineStart: pos(tl.today) }} />
                        )}
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            </>
          );
        }}
      </LoadState>
    </>
  );
}
