import { GraphQLRequestError } from '../../api/graphql-client';
import type { MessageRef } from '../../i18n';

const KNOWN_CODES = {
  STALE_VERSION: 'cases.error.stale',
  INVALID_TRANSITION: 'cases.error.invalidTransition',
  FORBIDDEN: 'cases.error.forbidden',
  NOT_FOUND: 'cases.error.notFound',
  REQUEST_PENDING: 'cases.error.requestPending',
  NO_PENDING_REQUEST: 'cases.error.noPendingRequest',
  CHECK_REQUIRED: 'cases.error.checkRequired',
  PHOTO_REQUIRED: 'cases.error.photoRequired',
  PAYLOAD_TOO_LARGE: 'cases.error.tooLarge',
  INVALID_FILE: 'cases.error.invalidFile',
  UNAUTHENTICATED: 'cases.error.signedOut',
} as const satisfies Record<string, MessageRef['key']>;

/**
 * What to tell the person when an action or load fails, by the API's stable code. A BAD_REQUEST
 * carries the API's own sentence (which field is wrong) after a translated lead-in, since the
 * dialog catches the usual omissions before sending.
 *
 * @example caseErrorMessage(new GraphQLRequestError('…', { code: 'STALE_VERSION', status: 409 }))
 * // { key: 'cases.error.stale' } — "案卷已被他人更新，已刷新"
 */
export function caseErrorMessage(error: unknown): MessageRef {
  if (!(error instanceof GraphQLRequestError)) return { key: 'cases.error.unknown', params: { code: '—' } };
  const code = error.code;
  if (code !== undefined && code in KNOWN_CODES) return { key: KNOWN_CODES[code as keyof typeof KNOWN_CODES] };
  if (code === 'BAD_REQUEST') return { key: 'cases.error.badRequest', params: { detail: error.message } };
  if (code === undefined && error.status === 0) return { key: 'cases.error.network' };
  return { key: 'cases.error.unknown', params: { code: code ?? `HTTP ${error.status}` } };
}
