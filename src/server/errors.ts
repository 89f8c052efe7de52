import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isInputRejectedByDatabase, loggableError } from '../db/safe-error';
import { LIMITS } from '../domain/shared/limits';
import { DomainError, type ErrorCode } from '../domain/shared/errors';
import { sizeText } from './routes/uploads';

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
  error: { code: string; message: string; details: unknown; omitted?: number };
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
      const limit = request.routeOptions.bodyLimit;
      const message = limit
        ? `Het bestand of verzoek is groter dan ${sizeText(limit)}, de grens voor dit adres. Er is niets opgeslagen.`
        : 'Het bestand of verzoek is te groot. Er is niets opgeslagen.';
      return reply.status(413).send(body('PAYLOAD_TOO_LARGE', message, [{ reason: limit ? `groter dan ${sizeText(limit)}` : 'te groot' }]));
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      const code = err.statusCode === 404 ? 'NOT_FOUND' : 'VALIDATION_FAILED';
      return reply.status(err.statusCode).send(body(code, `Ongeldig verzoek: ${err.message}`, []));
    }
    if (isInputRejectedByDatabase(err)) {
      // The transaction rolled back, so nothing is stored half; the value itself is not echoed.
      request.log.warn({ err: loggableError(err) }, 'invoer geweigerd door de database');
      return reply
        .status(400)
        .send(
          body(
            'VALIDATION_FAILED',
            'Ongeldige invoer: een waarde past niet in de database (te lang, buiten het bereik, een onbestaande datum of een ' +
              'ongeldig teken). Er is niets opgeslagen.',
            [],
          ),
        );
    }
    // Never the error itself: a failed query carries its parameters (a password hash, a person's data).
    request.log.error({ err: loggableError(err) }, 'onverwachte fout');
    return reply.status(500).send(body('INTERNAL', `Er ging iets mis aan onze kant. Meld dit met verzoek-id ${request.id}.`, []));
  });
}

export function notFoundBody(method: string, url: string): ErrorBody {
  return body('NOT_FOUND', `Onbekend adres: ${method} ${url}`, []);
}

/**
 * An error list is capped at LIMITS.errorsShown entries; the answer says how many more there are
 * (`omitted`, and in the message), so a file with 300,000 bad rows gives a short answer.
 */
function body(code: string, message: string, details: unknown): ErrorBody {
  if (!Array.isArray(details) || details.length <= LIMITS.errorsShown) return { error: { code, message: capMessage(message), details } };
  const omitted = details.length - LIMITS.errorsShown;
  return {
    error: {
      code,
      message: `${capMessage(message)} (en nog ${omitted.toLocaleString('nl-NL')} meldingen)`,
      details: details.slice(0, LIMITS.errorsShown),
      omitted,
    },
  };
}

/** A message that lists every problem is cut after a few thousand characters. */
function capMessage(message: string): string {
  return message.length <= 4000 ? message : `${message.slice(0, 4000)} …`;
}
