/**
 * Response shapes of the account and member API: ONE source for the routes' validation and OpenAPI, the
 * services' return types and the account and member screens (z.infer below; the web imports the types only).
 * See docs/ARCHITECTURE.md, "Response shapes: one source".
 */
import { z } from 'zod';
import { PLATFORM_ROLES, PROGRAMME_ROLES } from './rules';

export const PlatformRoleSchema = z.enum(PLATFORM_ROLES);
export const ProgrammeRoleSchema = z.enum(PROGRAMME_ROLES);

/** What the API, the audit trail and the log may show of an account: never the password hash. */
export const AccountSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    platformRoles: z.array(PlatformRoleSchema),
    disabled: z.boolean(),
    hasPassword: z.boolean(),
    oidcLinked: z.boolean(),
    lockedUntil: z.string().nullable().describe('gezet zolang het account na herhaald mislukt inloggen geblokkeerd is (ISO-tijd)'),
  })
  .meta({ id: 'Account' });
export type AccountView = z.infer<typeof AccountSchema>;

export const MembershipSchema = z
  .object({
    programmeId: z.uuid(),
    accountId: z.uuid(),
    role: ProgrammeRoleSchema,
    organisationId: z.uuid().nullable(),
  })
  .meta({ id: 'Membership' });
export type MembershipView = z.infer<typeof MembershipSchema>;

export const MemberSchema = MembershipSchema.extend({ email: z.string(), name: z.string() }).meta({ id: 'Member' });
export type MemberView = z.infer<typeof MemberSchema>;
