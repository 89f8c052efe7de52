import type { ReactNode } from 'react';
import { useI18n } from '../../../lib/i18n';
import type { ServiceView } from '../api/services';
import { referralKey } from './service-labels';

/** The contact facts of a service as term/description pairs: only the facts that are filled in. */
export function ServiceFacts({ service: s, className }: { service: ServiceView; className?: string }) {
  const { t } = useI18n();
  const website = s.website && /^https?:\/\//i.test(s.website) ? s.website : null;
  const facts: [string, ReactNode][] = [
    [t('socialMap.detail.referral'), t(referralKey(s.withoutReferral))],
    ...(s.targetGroup ? [[t('socialMap.detail.targetGroup'), s.targetGroup] as [string, ReactNode]] : []),
    ...(s.provider.name ? [[t('socialMap.detail.provider'), s.provider.name] as [string, ReactNode]] : []),
    ...(s.address ? [[t('socialMap.detail.address'), s.address] as [string, ReactNode]] : []),
    ...(s.phone
      ? [[t('socialMap.detail.phone'), <a href={`tel:${s.phone.replace(/[^+0-9]/g, '')}`}>{s.phone}</a>] as [string, ReactNode]]
      : []),
    ...(s.email ? [[t('socialMap.detail.email'), <a href={`mailto:${s.email}`}>{s.email}</a>] as [string, ReactNode]] : []),
    ...(website ? [[t('socialMap.detail.website'), <a href={website}>{website}</a>] as [string, ReactNode]] : []),
    ...(s.openingHours ? [[t('socialMap.detail.openingHours'), s.openingHours] as [string, ReactNode]] : []),
    ...(s.waitingTimeNote ? [[t('socialMap.detail.waitingTime'), s.waitingTimeNote] as [string, ReactNode]] : []),
  ];
  return (
    <dl className={className}>
      {facts.map(([term, value]) => (
        <div key={term} className="rt-sk-fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
