import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { formatMessage } from '../../i18n/format-message';
import { DICTIONARIES } from '../../i18n/messages';
import { caseErrorMessage } from './case-error-message';

const failure = (code: string | undefined, status: number, message = 'failed') =>
  new GraphQLRequestError(message, { ...(code && { code }), status });

function inChinese(error: unknown): string {
  const { key, params } = caseErrorMessage(error);
  return formatMessage(DICTIONARIES['zh-CN'][key], params);
}

describe('caseErrorMessage', () => {
  it('says a stale case was reloaded', () => {
    expect(inChinese(failure('STALE_VERSION', 409))).toBe('案卷已被他人更新，已刷新');
  });

  it('names the usual refusals by their code', () => {
    expect(caseErrorMessage(failure('REQUEST_PENDING', 409)).key).toBe('cases.error.requestPending');
    expect(caseErrorMessage(failure('NOT_FOUND', 404)).key).toBe('cases.error.notFound');
    expect(caseErrorMessage(failure('UNAUTHENTICATED', 401)).key).toBe('cases.error.signedOut');
  });

  it('keeps the API’s sentence for a bad request, and the code for anything unknown', () => {
    expect(inChinese(failure('BAD_REQUEST', 400, 'Overriding the suggested department needs a reason.'))).toContain(
      'Overriding the suggested department needs a reason.',
    );
    expect(inChinese(failure('INTERNAL_SERVER_ERROR', 200))).toContain('INTERNAL_SERVER_ERROR');
    expect(caseErrorMessage(failure(undefined, 0)).key).toBe('cases.error.network');
    expect(caseErrorMessage(new Error('boom')).params).toEqual({ code: '—' });
  });
});
