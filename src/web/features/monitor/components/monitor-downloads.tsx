import { ButtonLink, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { MonitorProduct } from '../../../../domain/monitor/figures';
import { useI18n } from '../../../lib/i18n';
import { monitorQueryString, type MonitorSelection } from '../api/get-monitor-figures';

/** CSV and XLSX of the whole selection, built by the server with the same suppression rules. */
export function MonitorDownloads({ selection, product }: { selection: MonitorSelection; product: MonitorProduct }) {
  const { t } = useI18n();
  const query = monitorQueryString(selection, product === 'totaal' ? {} : { product });
  return (
    <section aria-labelledby="monitor-download" className="rt-downloads">
      <Heading2 id="monitor-download">{t('monitor.download')}</Heading2>
      <Paragraph>{t('monitor.download.note')}</Paragraph>
      <div className="rt-actions">
        <ButtonLink appearance="secondary-action-button" href={`/api/monitor/export.csv?${query}`} download>
          {t('monitor.download.csv')}
        </ButtonLink>
        <ButtonLink appearance="secondary-action-button" href={`/api/monitor/export.xlsx?${query}`} download>
          {t('monitor.download.xlsx')}
        </ButtonLink>
      </div>
    </section>
  );
}
