import { z } from 'zod';
import { ProgrammeParams } from './params';
import { AccountSchema, MemberSchema, PlatformRoleSchema, ProgrammeRoleSchema } from '../../domain/access/responses';

export { MemberSchema };

export const AccountListSchema = z.object({ items: z.array(AccountSchema) });

export const CreateAccountBodySchema = z.object({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  /** Leave out for an account that signs in through OIDC only. */
  password: z.string().max(1024).optional(),
  platformRoles: z.array(PlatformRoleSchema).default([]),
});

export const UpdateAccountBodySchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  platformRoles: z.array(PlatformRoleSchema).optional(),
  disabled: z.boolean().optional(),
  unlock: z.literal(true).optional(),
});

export const SetPasswordBodySchema = z.object({ password: z.string().max(1024) });

export const AccountParamsSchema = z.object({ accountId: z.uuid() });
export const MemberParamsSchema = ProgrammeParams.extend({ accountId: z.uuid() });
export const SetMemberBodySchema = z.object({ role: ProgrammeRoleSchema, organisationId: z.uuid().nullable().default(null) });

export const MemberListSchema = z.object({ items: z.array(MemberSchema) });

export const MemberCandidateQuerySchema = z.object({ email: z.string().trim().min(1).max(320) });
export const MemberCandidateListSchema = z
  .object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string() })) })
  .meta({ id: 'MemberCandidates' });
