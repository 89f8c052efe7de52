import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode } from '../domain/shared/errors';

const STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  IMPORT_ROW_INVALID: 422,
  IMPORT_FILE_INVALID: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  DATA_DIR_IN_USE: 503,
  DATABASE_UNREACHABLE: 503,
  CONFIG_INVALID: 500,
};

export function statusFor(code: ErrorCode): number {
  return STATUS[code];
}

export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

/** One handler: domain errors keep their code; unknown errors are logged and become a plain 500. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof DomainError) {
      return reply.status(statusFor(err.code)).send(body(err.code, err.message, err.details));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        field: [err.validationContext, ...v.instancePath.split('/').filter(Boolean)].join('.'),
        reason: v.message ?? 'ongeldig',
      }));
      const list = details.map((d) => `${d.field}: ${d.reason}`).join('; ');
      return reply.status(400).send(body('VALIDATION_FAILED', `Ongeldige invoer: ${list}`, details));
    }
    if (err.statusCode === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.status(413).send(body('PAYLOAD_TOO_LARGE', 'Het bestand of verzoek is te groot.', []));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code = err.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED';
      return reply.status(err.statusCode).send(body(code, `Ongeldig verzoek: ${err.message}`, []));
    }
    request.log.error({ err }, 'onverwachte fout');
    return reply
      .status(500)
      .send(body('INTERNAL', `Er ging iets mis aan onze kant. Meld dit met verzoek-id ${request.id}.`, []));
  });
}

export function notFoundBody(method: string, url: string): ErrorBody {
  return body('NOT_FOUND', `Onbekend adres: ${method} ${url}`, []);
}

function body(code: string, message: string, details: unknown): ErrorBody {
  return { error: { code, message, details } };
}
