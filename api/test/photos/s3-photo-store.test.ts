import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/errors/domain-error.js';
import { createS3PhotoStore, objectUrl } from '../../src/modules/photos/s3-photo-store.js';
import { sha256Hex, signAwsV4 } from '../../src/modules/photos/sign-aws-v4.js';
import { rejectionOf, utf8 } from './photo-fixtures.js';

const settings = {
  endpoint: 'http://127.0.0.1:9000',
  region: 'us-east-1',
  bucket: 'gridloop-photos',
  accessKeyId: 'gridloop',
  secretAccessKey: 'not-a-real-secret',
};
const now = new Date('2025-03-14T01:26:53Z');
const key = 'public/ab/cd/abcd.jpg';

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: Uint8Array | null;
}

/** A store over a fake S3 that records each request and answers with `reply`. */
function storeAnswering(reply: (sent: Sent) => Response | Promise<Response>) {
  const sent: Sent[] = [];
  const fakeFetch = async (input: string | URL | Request, init?: RequestInit) => {
    const request = new Request(input, init);
    const body = init?.body ? new Uint8Array(await request.arrayBuffer()) : null;
    const entry = { url: request.url, method: request.method, headers: Object.fromEntries(request.headers), body };
    sent.push(entry);
    return reply(entry);
  };
  const store = createS3PhotoStore(settings, { fetch: fakeFetch as typeof fetch, clock: { now: () => now } });
  return { store, sent };
}

describe('createS3PhotoStore', () => {
  it('PUTs path-style with the body hashed into a SigV4 signature', async () => {
    const { store, sent } = storeAnswering(() => new Response(null, { status: 200 }));
    const bytes = utf8('jpeg bytes');
    await store.put(key, bytes, 'image/jpeg');

    const [put] = sent;
    expect(put).toMatchObject({ url: `http://127.0.0.1:9000/gridloop-photos/${key}`, method: 'PUT', body: bytes });
    expect(put?.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'x-amz-content-sha256': sha256Hex(bytes),
      'x-amz-date': '20250314T012653Z',
    });
    // What the server recomputes from the request it received must match what was sent.
    const { authorization, ...signedHeaders } = put?.headers ?? {};
    const expected = signAwsV4({
      method: 'PUT',
      url: new URL(put?.url ?? ''),
      headers: { 'content-type': 'image/jpeg', 'x-amz-content-sha256': signedHeaders['x-amz-content-sha256'] ?? '' },
      payloadHash: sha256Hex(bytes),
      region: 'us-east-1',
      service: 's3',
      credentials: settings,
      date: now,
    });
    expect(authorization).toBe(expected.headers.authorization);
    expect(authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=gridloop\/20250314\/us-east-1\/s3\/aws4_request,SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date,Signature=[0-9a-f]{64}$/,
    );
  });

  it('GETs bytes with their content type, and reads 404 as absent', async () => {
    const { store } = storeAnswering(({ url }) =>
      url.endsWith('/missing.jpg')
        ? new Response('<Error><Code>NoSuchKey</Code></Error>', { status: 404 })
        : new Response(utf8('webp bytes'), { headers: { 'content-type': 'image/webp' } }),
    );
    expect(await store.get('thumb/x.webp')).toEqual({ bytes: utf8('webp bytes'), mimeType: 'image/webp' });
    expect(await store.get('public/missing.jpg')).toBeNull();
  });

  it('answers has() with HEAD: 200 present, 404 absent', async () => {
    const { store, sent } = storeAnswering(({ url }) => new Response(null, { status: url.endsWith('x') ? 200 : 404 }));
    expect(await store.has('original/x')).toBe(true);
    expect(await store.has('original/y')).toBe(false);
    expect(sent.map((request) => request.method)).toEqual(['HEAD', 'HEAD']);
  });

  it('turns an unreachable or failing server into SERVICE_UNAVAILABLE, and a refusal into an internal error', async () => {
    const failing = storeAnswering(() => new Response('SlowDown', { status: 503 })).store;
    expect((await rejectionOf(failing.put(key, utf8('x'), 'image/jpeg'))).code).toBe('SERVICE_UNAVAILABLE');

    const unreachable = createS3PhotoStore(settings, { fetch: () => Promise.reject(new TypeError('fetch failed')) });
    expect((await rejectionOf(unreachable.has(key))).code).toBe('SERVICE_UNAVAILABLE');

    const refusing = storeAnswering(() => new Response('<Code>SignatureDoesNotMatch</Code>', { status: 403 })).store;
    const error = await refusing.get(key).catch((caught: unknown) => caught);
    expect(DomainError.is(error)).toBe(false);
    expect(String(error)).toMatch(/HTTP 403 .*SignatureDoesNotMatch/);
  });

  it('refuses a traversing key before sending anything', async () => {
    const { store, sent } = storeAnswering(() => new Response(null));
    expect((await rejectionOf(store.put('../other-bucket/x', utf8('x'), 'image/jpeg'))).code).toBe('BAD_REQUEST');
    expect(sent).toEqual([]);
  });
});

describe('objectUrl', () => {
  it('keeps an endpoint path prefix and encodes each segment', () => {
    expect(objectUrl({ endpoint: 'https://oss.example.cn/s3/', bucket: 'b' }, 'thumb/a_b-c.d').href).toBe(
      'https://oss.example.cn/s3/b/thumb/a_b-c.d',
    );
  });
});
