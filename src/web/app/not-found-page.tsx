import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router-dom';
import { useI18n } from '../lib/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <Heading1>{t('notFound.title')}</Heading1>
      <Paragraph>
        <Link to="/">{t('notFound.back')}</Link>
      </Paragraph>
    </>
  );
}
