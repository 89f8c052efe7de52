/**
 * The one error type of Regietafel. Domain rules, services, routes and the CLI all throw it;
 * the HTTP layer maps `code` to a status, the CLI maps it to exit code 1.
 * Messages are Dutch because they reach users as they are.
 */
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'VERSION_CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'IMPORT_ROW_INVALID'
  | 'IMPORT_FILE_INVALID'
  | 'DATA_DIR_IN_USE'
  | 'DATABASE_UNREACHABLE'
  | 'CONFIG_INVALID'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE';

export interface ErrorDetail {
  /** 1-based row (or message) number in an imported file, where it applies. */
  row?: number;
  field?: string;
  reason: string;
  [extra: string]: unknown;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetail[] | Record<string, unknown> = [],
  ) {
    super(message);
  }
}

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;

export function notFound(what: string, id: string | number): DomainError {
  return new DomainError('NOT_FOUND', `${what} '${id}' bestaat niet.`, { id });
}
