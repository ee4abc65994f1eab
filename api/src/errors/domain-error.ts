/**
 * Expected failures a client can act on. Each code is stable: clients branch on it, so never
 * rename one. The message is for people and may change.
 *
 * - BAD_REQUEST: the input is malformed or out of range (the message says which field).
 * - NOT_FOUND: the thing asked for does not exist (or is not visible to the caller).
 * - UNAUTHENTICATED: the caller must sign in.
 * - FORBIDDEN: the caller's role or scope does not allow this.
 * - OUTSIDE_JURISDICTION: a point lies outside every grid (or outside the caller's area).
 * - TOO_MANY_FEATURES: a map request would return more features than allowed; zoom in.
 * - SERVICE_UNAVAILABLE: a dependency (the database) is down; retry later.
 */
export const domainErrorCodes = [
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'OUTSIDE_JURISDICTION',
  'TOO_MANY_FEATURES',
  'SERVICE_UNAVAILABLE',
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

const httpStatusByCode: Record<DomainErrorCode, number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  OUTSIDE_JURISDICTION: 422,
  TOO_MANY_FEATURES: 422,
  SERVICE_UNAVAILABLE: 503,
};

/** Marks domain errors across module copies (a test runner may load this file twice). */
const brand = Symbol.for('gridloop.DomainError');

export class DomainError extends Error {
  override readonly name = 'DomainError';
  readonly [brand] = true;

  /** Use instead of `instanceof`, which fails when two copies of this module are loaded. */
  static is(value: unknown): value is DomainError {
    return typeof value === 'object' && value !== null && brand in value;
  }

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }

  get httpStatus(): number {
    return httpStatusByCode[this.code];
  }
}
