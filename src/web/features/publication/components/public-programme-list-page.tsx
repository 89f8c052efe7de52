import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { AppLink } from '../../../components/app-link';
import { LoadState } from '../../../components/load-state';
import { formatPeriod } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { usePublicProgrammes } from '../api/public-programmes';

/** /publiek: the published programmes, as a visitor without an account sees them. */
export function PublicProgrammeListPage() {
  const { t } = useI18n();
  const list = usePublicProgrammes();
  return (
    <div className="rt-page rt-public">
      <Heading1>{t('public.title')}</Heading1>
      <Paragraph>{t('public.intro')}</Paragraph>
      <LoadState value={list}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t('public.empty')}</Paragraph>
          ) : (
            <ul className="rt-public-list">
              {items.map((p) => (
                <li key={p.slug}>
                  <Heading2>
                    <AppLink to={`/publiek/${p.slug}`}>{p.title}</AppLink>
                  </Heading2>
                  <Paragraph className="rt-muted">{formatPeriod(p.periodStart, p.periodEnd)}</Paragraph>
                  {p.description && <Paragraph>{p.description}</Paragraph>}
                </li>
              ))}
            </ul>
          )
        }
      </LoadState>
    </div>
  );
}
