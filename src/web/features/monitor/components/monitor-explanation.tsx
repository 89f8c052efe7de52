import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { LoadState } from '../../../components/load-state';
import { useI18n } from '../../../lib/i18n';
import { useMonitorDefinitions } from '../api/get-monitor-definitions';

/**
 * The "uitleg": the exact definitions, as the API gives them (the same text as docs/figures), so the
 * page can never drift from what the engine computes. They are Dutch; in English we say so.
 */
export function MonitorExplanation() {
  const { t, locale } = useI18n();
  const definitions = useMonitorDefinitions();
  return (
    <section aria-labelledby="monitor-uitleg" className="rt-explanation">
      <Heading2 id="monitor-uitleg">{t('monitor.explanation.title')}</Heading2>
      <Paragraph>{t('monitor.explanation.intro')}</Paragraph>
      {locale !== 'nl' && <Paragraph>{t('monitor.explanation.dutchOnly')}</Paragraph>}
      <LoadState value={definitions}>
        {({ items }) => (
          <div className="rt-definitions" lang="nl" data-testid="monitor-definitions">
            {items.map((d) => (
              <div key={d.figure} data-figure={d.figure}>
                <Heading3>{d.title}</Heading3>
                <Paragraph>{d.uitleg}</Paragraph>
              </div>
            ))}
          </div>
        )}
      </LoadState>
    </section>
  );
}
