import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisation } from './organisation';

/**
 * A service (voorziening) on the social map (docs/social-map.md). Reference data beside the
 * programmes, like organisations. Text columns are plain text so search can index them.
 * `without_referral` null = unknown (not checked), which differs from false.
 */
export const socialService = pgTable(
  'social_service',
  {
    id: uuid('id')
      .primaryKey()
      .default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    /** src/domain/social-map/vocabulary.ts SERVICE_KINDS. */
    kind: text('kind').notNull(),
    description: text('description'),
    targetGroup: text('target_group'),
    /** The provider when it is an organisation in Regietafel; else provider_name (never both). */
    providerOrganisationId: uuid('provider_organisation_id').references(() => organisation.id, { onDelete: 'restrict' }),
    providerName: text('provider_name'),
    address: text('address'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    openingHours: text('opening_hours'),
    withoutReferral: boolean('without_referral'),
    waitingTimeNote: text('waiting_time_note'),
    published: boolean('published').notNull().default(false),
    isDemo: boolean('is_demo').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('social_service_provider_idx').on(t.providerOrganisationId), index('social_service_kind_idx').on(t.kind)],
);

/** The gemeenten a service serves: one service, several municipalities, one record (not copies). */
export const socialServiceMunicipality = pgTable(
  'social_service_municipality',
  {
    serviceId: uuid('service_id')
      .notNull()
      .references(() => socialService.id, { onDelete: 'cascade' }),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisation.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.organisationId] }), index('social_service_municipality_org_idx').on(t.organisationId)],
);
