import { GraphQLRequestError } from '../../api/graphql-client';
import type { MessageKey } from '../../i18n';

/**
 * A refused admin change, reduced to what a form shows: a translated headline chosen by the
 * server's stable code, the server's own sentence (it names the value and the rule) and the input
 * field it blames (`details.field`, e.g. `timeLimitAmount` or `holidays[1].from`), if any.
 */
export interface AdminError {
  code: string;
  key: MessageKey;
  /** The API's message; English, precise. Shown under the translated headline. */
  detail: string;
  field: string | undefined;
}

const KEY_BY_CODE: Readonly<Record<string, MessageKey>> = {
  BAD_REQUEST: 'admin.error.badRequest',
  CONFLICT: 'admin.error.conflict',
  NOT_FOUND: 'admin.error.notFound',
  IN_USE: 'admin.error.inUse',
  FORBIDDEN: 'admin.error.forbidden',
  UNAUTHENTICATED: 'admin.error.signedOut',
  INVALID_FILE: 'admin.error.invalidFile',
  UNSUPPORTED_CRS: 'admin.error.unsupportedCrs',
  PAYLOAD_TOO_LARGE: 'admin.error.payloadTooLarge',
  IMPORT_IN_PROGRESS: 'admin.error.importInProgress',
  TOO_MANY_GRIDS: 'admin.error.tooManyGrids',
};

/** Maps anything a request threw to an `AdminError`; network failures and surprises included. */
export function toAdminError(error: unknown): AdminError {
  if (!(error instanceof GraphQLRequestError)) {
    return { code: 'UNKNOWN', key: 'admin.error.unknown', detail: String(error), field: undefined };
  }
  if (error.status === 0) return { code: 'NETWORK', key: 'admin.error.network', detail: '', field: undefined };
  const code = error.code ?? 'UNKNOWN';
  const field = error.details?.field;
  return {
    code,
    key: KEY_BY_CODE[code] ?? 'admin.error.unknown',
    detail: error.message,
    field: typeof field === 'string' && field !== '' ? field : undefined,
  };
}

/**
 * True when the error blames `field` or a part of it: `holidays` matches `holidays[1].from`, and
 * `input.code` or `code` both match `code`.
 *
 * @example isErrorOnField({ field: 'holidays[1].from' } as AdminError, 'holidays') // true
 */
export function isErrorOnField(error: AdminError | null, field: string): boolean {
  const blamed = error?.field?.replace(/^input\./, '');
  if (blamed === undefined) return false;
  return blamed === field || blamed.startsWith(`${field}[`) || blamed.startsWith(`${field}.`);
}

/** True when the error blames none of the fields a form shows: say it at the form's foot instead. */
export function isErrorOffForm(error: AdminError | null, fields: readonly string[]): boolean {
  return error !== null && !fields.some((field) => isErrorOnField(error, field));
}
