import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/graphql-client';
import { formatMessage } from '../../i18n/format-message';
import { DICTIONARIES } from '../../i18n/messages';
import { classifySendError } from './outbox-policy';
import { sendErrorMessage } from './send-error-message';

function inChinese(error: GraphQLRequestError): string {
  const { key, params } = sendErrorMessage(classifySendError(error).error);
  return formatMessage(DICTIONARIES['zh-CN'][key], params);
}

describe('sendErrorMessage', () => {
  it('explains each refusal the officer must act on', () => {
    const outside = new GraphQLRequestError('outside', { code: 'OUTSIDE_JURISDICTION', status: 422 });
    expect(inChinese(outside)).toContain('不在您的辖区');
    const photo = new GraphQLRequestError('photo', { code: 'PHOTO_REQUIRED', status: 400 });
    expect(inChinese(photo)).toContain('需要照片');
  });

  it('keeps the API’s sentence for a bad request, and the code of anything unknown', () => {
    const bad = new GraphQLRequestError('Describe the problem in a few words.', { code: 'BAD_REQUEST', status: 400 });
    expect(inChinese(bad)).toBe('内容有误：Describe the problem in a few words.');
    expect(inChinese(new GraphQLRequestError('x', { status: 502 }))).toBe('发送失败（错误代码：HTTP 502）。');
    expect(inChinese(new GraphQLRequestError('x', { status: 0 }))).toBe('无法连接服务器。');
  });
});
