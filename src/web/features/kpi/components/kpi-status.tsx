import { useI18n } from '../../../lib/i18n';
import type { KpiStatus } from '../api/types';

/** Shape per KPI status, so it never depends on colour alone; the text says it too. */
const SHAPE: Record<KpiStatus, string> = { 'op-koers': '●', risico: '▲', 'niet-op-koers': '■', 'geen-gegevens': '?' };

export function KpiStatusBadge({ status }: { status: KpiStatus }) {
  const { t } = useI18n();
  return (
    <span className={`rt-kpi-status rt-kpi-status--${status}`} data-kpi-status={status}>
      <span aria-hidden="true">{SHAPE[status]} </span>
      {t(`kpi.status.${status}`)}
    </span>
  );
}

export function KpiDemoLabel() {
  const { t } = useI18n();
  return <span className="rt-kpi-demo">{t('kpi.demo')}</span>;
}
