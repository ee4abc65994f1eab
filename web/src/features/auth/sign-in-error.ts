import { GraphQLRequestError } from '../../api/graphql-client';
import type { MessageRef } from '../../i18n';

/**
 * What the sign-in form says for a failed attempt. The API answers a wrong password and an unknown
 * user alike (UNAUTHENTICATED), so the form must not hint which; a lockout names when to retry.
 *
 * @example signInErrorMessage(new GraphQLRequestError('…', { code: 'UNAUTHENTICATED', status: 401 }))
 * // { key: 'auth.error.credentials' }
 */
export function signInErrorMessage(error: unknown): MessageRef {
  if (!(error instanceof GraphQLRequestError)) return { key: 'auth.error.unknown', params: { code: '—' } };
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return { key: 'auth.error.credentials' };
    case 'TOO_MANY_ATTEMPTS':
      return { key: 'auth.error.tooManyAttempts', params: { minutes: retryMinutes(error.details) } };
    case undefined:
      return error.status === 0
        ? { key: 'auth.error.network' }
        : { key: 'auth.error.unknown', params: { code: `HTTP ${error.status}` } };
    default:
      return { key: 'auth.error.unknown', params: { code: error.code } };
  }
}

/** Whole minutes until the lockout ends, at least 1 (a "0 minutes" wait reads as a bug). */
function retryMinutes(details: Readonly<Record<string, unknown>> | undefined): number {
  const seconds = details?.retryAfterSeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return 1;
  return Math.max(1, Math.ceil(seconds / 60));
}
