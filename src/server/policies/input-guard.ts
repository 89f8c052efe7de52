import type { FastifyInstance } from 'fastify';
import { findUnsafeInput } from '../../domain/shared/limits';
import { DomainError } from '../../domain/shared/errors';

/**
 * Before any schema: refuse what no route should see (NUL bytes, absurdly long strings, deep
 * nesting; domain/shared/limits findUnsafeInput) with a Dutch 400 naming the field. The schemas
 * then apply each field's own limit (titles, texts, lists, dates, int32 numbers).
 */
export function registerInputGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const found =
      findUnsafeInput(request.params, 'params') ?? findUnsafeInput(request.query, 'querystring') ?? findUnsafeInput(request.body, 'body');
    if (found)
      throw new DomainError('VALIDATION_FAILED', `Ongeldige invoer: ${found.field}: ${found.reason}.`, [
        { field: found.field, reason: found.reason },
      ]);
  });
}
