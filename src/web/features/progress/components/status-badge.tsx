import { useI18n } from '../../../lib/i18n';
import type { MessageKey } from '../../../lib/messages/nl';
import type { MilestoneState, ProgressStatus } from '../api/types';

/** Shape per status, so the state never depends on colour alone (WCAG 1.4.1); the text says it too. */
const SHAPE: Record<ProgressStatus | 'none', string> = {
  groen: '●',
  oranje: '▲',
  rood: '■',
  'niet-gestart': '○',
  afgerond: '✓',
  vervallen: '–',
  none: '?',
};

export function statusKey(status: ProgressStatus | null): MessageKey {
  return status ? (`progress.status.${status}` as const) : 'progress.status.none';
}

export function StatusBadge({ status, suffix, short }: { status: ProgressStatus | null; suffix?: string; short?: boolean }) {
  const { t } = useI18n();
  return (
    <span className={`rt-status rt-status--${status ?? 'none'}`}>
      <span aria-hidden="true" className="rt-status__shape">
        {SHAPE[status ?? 'none']}
      </span>
      {short && status ? t(`progress.statusShort.${status}`) : t(statusKey(status))}
      {suffix ? ` (${suffix})` : ''}
    </span>
  );
}

export function MilestoneMark({ state }: { state: MilestoneState }) {
  const { t } = useI18n();
  return <span className={`rt-milestone rt-milestone--${state}`}>{t(`progress.milestone.${state}`)}</span>;
}

export function DemoLabel() {
  const { t } = useI18n();
  return (
    <span className="rt-demo" title={t('progress.demoNote')}>
      {t('progress.demo')}
    </span>
  );
}
