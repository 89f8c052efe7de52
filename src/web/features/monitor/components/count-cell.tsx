import type { Count } from '../../../../domain/monitor/responses';
import { useI18n } from '../../../lib/i18n';
import { formatCount } from './figure-format';

/** A count, or its suppression mark with an explanation for screen readers and on hover. */
export function CountText({ value, threshold }: { value: Count | undefined; threshold: number }) {
  const { t } = useI18n();
  if (value === undefined || typeof value === 'number') return <>{formatCount(value)}</>;
  const title = value === 'x' ? t('monitor.mark.x') : t('monitor.mark.lt', { threshold });
  return (
    <abbr title={title} className="rt-mark" data-suppressed={value}>
      {value}
    </abbr>
  );
}
