import { DomainError, type DomainErrorCode } from '../../errors/domain-error.js';
import { listOf, type Open311Document } from './open311-document.js';

/**
 * A GeoReport v2 error: the HTTP status (404 for what does not exist, 403 for a missing, invalid or
 * revoked api_key, 400 for anything else the request got wrong) and a description meant for the
 * person using the client. The body's `code` repeats the HTTP status, as in the spec's examples.
 * Two additions the 2010 spec predates: 429 with Retry-After when a key's rate limit is used up
 * (clients' back-off logic knows it), and 500 / 503 for our own failures, so a client retries
 * instead of blaming its request.
 */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 429 | 500 | 503,
    readonly description: string,
    /** Seconds until a 429 may be retried. */
    readonly retryAfterSeconds?: number,
  ) {
    super(description);
    this.name = 'Open311Error';
  }
}

/** Shorthand for the common 400. */
export function badOpen311Request(description: string): never {
  throw new Open311Error(400, description);
}

const statusByDomainCode: Partial<Record<DomainErrorCode, Open311Error['status']>> = {
  NOT_FOUND: 404,
  UNAUTHENTICATED: 403,
  FORBIDDEN: 403,
  TOO_MANY_ATTEMPTS: 429,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * Domain errors from the services below (OUTSIDE_JURISDICTION, BAD_REQUEST…) as Open311 errors;
 * null for anything unexpected, which the route logs and masks.
 */
export function open311ErrorOf(error: unknown): Open311Error | null {
  if (error instanceof Open311Error) return error;
  if (!DomainError.is(error)) return null;
  return new Open311Error(statusByDomainCode[error.code] ?? 400, error.message);
}

/** The spec's error list: `<errors><error><code/><description/></error></errors>`. */
export function errorDocument(error: Open311Error): Open311Document {
  return { root: 'errors', body: listOf('error', [{ code: error.status, description: error.description }]) };
}
