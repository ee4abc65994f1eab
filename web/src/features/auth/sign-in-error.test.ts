import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { formatMessage } from '../../i18n/format-message';
import { DICTIONARIES } from '../../i18n/messages';
import { signInErrorMessage } from './sign-in-error';

const failure = (code: string | undefined, status: number, details?: Record<string, unknown>) =>
  new GraphQLRequestError('failed', { ...(code && { code }), ...(details && { details }), status });

function inChinese(error: unknown): string {
  const { key, params } = signInErrorMessage(error);
  return formatMessage(DICTIONARIES['zh-CN'][key], params);
}

describe('signInErrorMessage', () => {
  it('says the username or password is wrong, without telling which', () => {
    expect(inChinese(failure('UNAUTHENTICATED', 401))).toBe('用户名或密码错误');
  });

  it('names the wait of a lockout in whole minutes, rounded up', () => {
    expect(signInErrorMessage(failure('TOO_MANY_ATTEMPTS', 429, { retryAfterSeconds: 61 }))).toEqual({
      key: 'auth.error.tooManyAttempts',
      params: { minutes: 2 },
    });
    expect(inChinese(failure('TOO_MANY_ATTEMPTS', 429, { retryAfterSeconds: 900 }))).toContain('15 分钟');
  });

  it('never says to wait 0 minutes, even without details', () => {
    expect(signInErrorMessage(failure('TOO_MANY_ATTEMPTS', 429, { retryAfterSeconds: 5 })).params).toEqual({
      minutes: 1,
    });
    expect(signInErrorMessage(failure('TOO_MANY_ATTEMPTS', 429)).params).toEqual({ minutes: 1 });
  });

  it('tells a network failure from a server error', () => {
    expect(signInErrorMessage(failure(undefined, 0)).key).toBe('auth.error.network');
    expect(signInErrorMessage(failure(undefined, 502))).toEqual({
      key: 'auth.error.unknown',
      params: { code: 'HTTP 502' },
    });
    expect(signInErrorMessage(failure('SERVICE_UNAVAILABLE', 503)).params).toEqual({ code: 'SERVICE_UNAVAILABLE' });
  });
});
