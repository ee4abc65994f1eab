import type { MessageRef } from '../../i18n';
import type { SendError } from './outbox-entry';

const MESSAGES: Readonly<Record<string, MessageRef['key']>> = {
  OUTSIDE_JURISDICTION: 'report.error.outside',
  PHOTO_REQUIRED: 'report.error.photoRequired',
  INVALID_FILE: 'report.error.invalidFile',
  PAYLOAD_TOO_LARGE: 'report.error.tooLarge',
  FORBIDDEN: 'report.error.forbidden',
  NETWORK: 'report.error.network',
  UNAUTHENTICATED: 'report.error.signedOut',
};

/**
 * What the outbox says about a report's last failed send, in the officer's language. A
 * BAD_REQUEST carries the API's own sentence (which field is wrong) after a translated lead-in.
 *
 * @example sendErrorMessage({ code: 'OUTSIDE_JURISDICTION', message: '…' }) // { key: 'report.error.outside' }
 */
export function sendErrorMessage(error: SendError): MessageRef {
  const key = MESSAGES[error.code];
  if (key !== undefined) return { key };
  if (error.code === 'BAD_REQUEST') return { key: 'report.error.badRequest', params: { detail: error.message } };
  return { key: 'report.error.unknown', params: { code: error.code } };
}
