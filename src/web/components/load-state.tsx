import { Alert, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { Loadable } from '../lib/api';
import { useI18n } from '../lib/i18n';

/** Shows loading and error states of an API call the same way on every page. */
export function LoadState<T>({ value, children }: { value: Loadable<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (value.state === 'loading') return <Paragraph aria-live="polite">{t('common.loading')}</Paragraph>;
  if (value.state === 'error')
    return (
      <Alert type="error">
        <Paragraph>{t('common.error', { message: value.error.message })}</Paragraph>
      </Alert>
    );
  return <>{children(value.data)}</>;
}
