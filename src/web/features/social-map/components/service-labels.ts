import { SERVICE_KIND_INFO, SERVICE_KINDS, withoutReferralLabel, type ServiceKind } from '../../../../domain/social-map/vocabulary';
import type { MessageKey } from '../../../lib/messages/nl';

/** The kind's label in the interface language (the vocabulary holds both). */
export const kindLabel = (kind: ServiceKind, locale: string) => SERVICE_KIND_INFO[kind][locale === 'en' ? 'en' : 'nl'];

export const kindOptions = (locale: string) => SERVICE_KINDS.map((k) => ({ value: k, label: kindLabel(k, locale) }));

export const referralKey = (value: boolean | null): MessageKey => `socialMap.referral.${withoutReferralLabel(value)}`;

export const kindExplanation = (kind: ServiceKind) => SERVICE_KIND_INFO[kind].uitleg;
