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
 * - TOO_MANY_ATTEMPTS: too many failed sign-ins for this account or address; details.retryAfterSeconds
 *   says when to try again (HTTP 429).
 * - PAYLOAD_TOO_LARGE: an upload exceeds a size or count limit; details say which limit (HTTP 413).
 * - INVALID_FILE: an uploaded file cannot be read: malformed JSON or ZIP, not a FeatureCollection, a
 *   shapefile without its .dbf or .prj, an unsupported shape type; details say what is missing.
 * - UNSUPPORTED_CRS: the file or the caller declares a coordinate system gridloop does not import
 *   (it takes WGS84 or GCJ-02 longitude/latitude).
 * - IMPORT_IN_PROGRESS: another import of the same layer is being written; try again when it ends.
 * - TOO_MANY_GRIDS: grid generation would give a community more than 999 unit grids or a street more
 *   than 999 responsibility grids (3-digit sequences); details name the area and details.field the
 *   option to raise (targetAreaM2 or beatSize). Nothing was written.
 * - CONFLICT: a unique code or name is taken (details.field names it), or the change contradicts
 *   existing data (e.g. a minor class under a major of the other kind).
 * - IN_USE: the thing is referenced (by cases, rules, users…) and cannot be removed; deactivate it.
 * - INVALID_TRANSITION: the case's status does not allow this action (details.status and
 *   details.allowedActions say what is possible now).
 * - STALE_VERSION: someone changed the case since the caller read it (details.currentVersion);
 *   reload and decide again. Nothing was written.
 * - REQUEST_PENDING: an approval request (return, extension, parking, void) waits on the case;
 *   it must be decided first.
 * - NO_PENDING_REQUEST: the decision names a request kind that is not waiting on the case.
 * - CHECK_REQUIRED: the case cannot close before an officer's on-site check passed.
 * - PHOTO_REQUIRED: the filing condition requires at least one photo.
 * - EXPORT_TOO_LARGE: an Excel download would exceed its row cap (details.rowCount, details.maxRows);
 *   download CSV, which streams any size, or narrow the filters (HTTP 413). Nothing was sent.
 */
export const domainErrorCodes = [
  'BAD_REQUEST',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'OUTSIDE_JURISDICTION',
  'TOO_MANY_FEATURES',
  'SERVICE_UNAVAILABLE',
  'TOO_MANY_ATTEMPTS',
  'PAYLOAD_TOO_LARGE',
  'INVALID_FILE',
  'UNSUPPORTED_CRS',
  'IMPORT_IN_PROGRESS',
  'TOO_MANY_GRIDS',
  'CONFLICT',
  'IN_USE',
  'INVALID_TRANSITION',
  'STALE_VERSION',
  'REQUEST_PENDING',
  'NO_PENDING_REQUEST',
  'CHECK_REQUIRED',
  'PHOTO_REQUIRED',
  'EXPORT_TOO_LARGE',
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
  TOO_MANY_ATTEMPTS: 429,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_FILE: 422,
  UNSUPPORTED_CRS: 422,
  IMPORT_IN_PROGRESS: 409,
  TOO_MANY_GRIDS: 422,
  CONFLICT: 409,
  IN_USE: 409,
  INVALID_TRANSITION: 409,
  STALE_VERSION: 409,
  REQUEST_PENDING: 409,
  NO_PENDING_REQUEST: 409,
  CHECK_REQUIRED: 409,
  PHOTO_REQUIRED: 422,
  EXPORT_TOO_LARGE: 413,
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
