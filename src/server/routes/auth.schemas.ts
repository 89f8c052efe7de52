import { z } from 'zod';
import { safeReturnPath } from '../../domain/access/return-path';
import { AccountSchema, MembershipSchema } from '../../domain/access/responses';

export { AccountSchema, MembershipSchema, PlatformRoleSchema, ProgrammeRoleSchema } from '../../domain/access/responses';

export const SessionInfoSchema = z.object({
  account: AccountSchema.pick({ id: true, email: true, name: true, platformRoles: true }).nullable(),
  memberships: z.array(MembershipSchema.omit({ accountId: true })),
  /** Shown on the login page when OIDC sign-in is configured. */
  oidc: z.object({ label: z.string() }).nullable(),
});

export const LoginBodySchema = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

export const ChangePasswordBodySchema = z.object({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
});

/** A path inside this site only (domain/access/return-path); anything else is refused. */
export const ReturnToSchema = z
  .string()
  .max(500)
  .refine((v) => safeReturnPath(v) === v, 'moet een pad binnen deze site zijn')
  .default('/');

export const OidcStartQuerySchema = z.object({ returnTo: ReturnToSchema });
export const OidcCallbackQuerySchema = z.object({
  state: z.string().max(512).optional(),
  code: z.string().max(4096).optional(),
  error: z.string().max(200).optional(),
  iss: z.string().max(500).optional(),
  error_description: z.string().max(1000).optional(),
});
