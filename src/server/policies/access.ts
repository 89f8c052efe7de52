import type { Access } from '../../domain/access/rules';

/**
 * Every API route declares who may call it, in its route options: `config: { access }`.
 * buildApp refuses to start when an /api route lacks the declaration; enforce-access.ts checks it
 * on every request (the one place), with the rules in src/domain/access.
 * - 'public': anyone, also anonymous visitors (the public version, health, docs)
 * - 'user': any signed-in account
 * - { programme: role }: at least that role in the programme named by the route
 *   (a path parameter from programme-scope.ts, e.g. :programmeId)
 * - { platform: role }: that platform-wide role
 */
export type { Access };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}
