import { describe, expect, it } from 'vitest';
import { encodeUriComponentStrictly, sha256Hex, signAwsV4 } from '../../src/modules/photos/sign-aws-v4.js';

const emptyHash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/**
 * The worked "GET Object" example of the Amazon S3 API reference (Signature Version 4, header-based
 * authentication): the first ten bytes of test.txt in examplebucket, with the documentation's
 * example credentials, and the canonical request, string to sign and signature it publishes.
 */
const s3GetObjectExample = {
  method: 'GET',
  url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'),
  headers: { Range: 'bytes=0-9', 'x-amz-content-sha256': emptyHash },
  payloadHash: emptyHash,
  region: 'us-east-1',
  service: 's3',
  credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' },
  date: new Date('2013-05-24T00:00:00Z'),
};

describe('signAwsV4', () => {
  it("reproduces the S3 documentation's GET Object example, step by step", () => {
    const signed = signAwsV4(s3GetObjectExample);
    expect(signed.canonicalRequest).toBe(
      [
        'GET',
        '/test.txt',
        '',
        'host:examplebucket.s3.amazonaws.com',
        'range:bytes=0-9',
        `x-amz-content-sha256:${emptyHash}`,
        'x-amz-date:20130524T000000Z',
        '',
        'host;range;x-amz-content-sha256;x-amz-date',
        emptyHash,
      ].join('\n'),
    );
    expect(signed.stringToSign).toBe(
      [
        'AWS4-HMAC-SHA256',
        '20130524T000000Z',
        '20130524/us-east-1/s3/aws4_request',
        '7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972',
      ].join('\n'),
    );
    expect(signed.signature).toBe('f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41');
    expect(signed.headers.authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,' +
        'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,' +
        'Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41',
    );
  });

  it('returns the headers to send: the given ones, x-amz-date and authorization, not host', () => {
    expect(Object.keys(signAwsV4(s3GetObjectExample).headers).sort()).toEqual([
      'authorization',
      'range',
      'x-amz-content-sha256',
      'x-amz-date',
    ]);
  });

  it('changes the signature when anything signed changes', () => {
    const base = signAwsV4(s3GetObjectExample).signature;
    const variants = [
      { ...s3GetObjectExample, headers: { ...s3GetObjectExample.headers, Range: 'bytes=0-10' } },
      { ...s3GetObjectExample, url: new URL('https://examplebucket.s3.amazonaws.com/test.txs') },
      { ...s3GetObjectExample, date: new Date('2013-05-24T00:00:01Z') },
      { ...s3GetObjectExample, region: 'cn-north-1' },
      { ...s3GetObjectExample, payloadHash: 'UNSIGNED-PAYLOAD' },
    ];
    for (const variant of variants) expect(signAwsV4(variant).signature).not.toBe(base);
  });

  it("sorts and encodes the query as the SigV4 test suite's get-vanilla-query-order-key-case expects", () => {
    const signed = signAwsV4({
      method: 'GET',
      url: new URL('https://example.amazonaws.com/?Param2=value2&Param1=value1'),
      headers: {},
      payloadHash: emptyHash,
      region: 'us-east-1',
      service: 'service',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' },
      date: new Date('2015-08-30T12:36:00Z'),
    });
    expect(signed.canonicalRequest.split('\n')[2]).toBe('Param1=value1&Param2=value2');
    expect(signed.signature).toBe('b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500');
  });

  it('signs and sends a session token for temporary credentials', () => {
    const credentials = { ...s3GetObjectExample.credentials, sessionToken: 'token-from-sts' };
    const signed = signAwsV4({ ...s3GetObjectExample, credentials });
    expect(signed.headers['x-amz-security-token']).toBe('token-from-sts');
    expect(signed.headers.authorization).toContain(
      'SignedHeaders=host;range;x-amz-content-sha256;x-amz-date;x-amz-security-token,',
    );
  });
});

describe('encodeUriComponentStrictly and sha256Hex', () => {
  it("percent-encodes everything outside SigV4's unreserved set", () => {
    expect(encodeUriComponentStrictly("a b(1)!*'~._-/")).toBe('a%20b%281%29%21%2A%27~._-%2F');
    expect(encodeUriComponentStrictly('网格')).toBe('%E7%BD%91%E6%A0%BC');
  });

  it('hashes as SigV4 does', () => {
    expect(sha256Hex('')).toBe(emptyHash);
  });
});
