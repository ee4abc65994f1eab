import { type Clock, systemClock } from '../../clock.js';
import { DomainError } from '../../errors/domain-error.js';
import { assertPhotoKey } from './assert-photo-key.js';
import type { PhotoObject, PhotoStore } from './photo-store.js';
import { encodeUriComponentStrictly, sha256Hex, signAwsV4 } from './sign-aws-v4.js';

export interface S3PhotoStoreSettings {
  /** Scheme, host and port, e.g. https://s3.cn-north-1.amazonaws.com.cn or http://127.0.0.1:9000 (MinIO). */
  endpoint: string;
  /** The signing region; compatibles that ignore it still want one, typically us-east-1. */
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string | undefined;
}

export interface S3PhotoStoreOptions {
  fetch?: typeof fetch;
  clock?: Clock;
  /** Per request; a stalled storage server must not hold an upload forever. */
  timeoutMs?: number;
}

/**
 * A photo store on S3-compatible object storage, over plain fetch with SigV4 (no SDK). Objects are
 * addressed path-style (`<endpoint>/<bucket>/<key>`), which every compatible server accepts and
 * which needs no wildcard DNS. Bodies are hashed into the signature, so the server rejects a
 * payload changed in transit. A 404 reads as absent; note that S3 answers 403 instead when the
 * credentials lack s3:ListBucket, which surfaces here as an error. Network failures and 5xx
 * answers become SERVICE_UNAVAILABLE (retry later); other refusals are configuration errors.
 */
export function createS3PhotoStore(settings: S3PhotoStoreSettings, options: S3PhotoStoreOptions = {}): PhotoStore {
  const { fetch = globalThis.fetch, clock = systemClock, timeoutMs = 30_000 } = options;
  const connection: Connection = { settings, fetch, clock, timeoutMs };
  const request = (method: string, key: string, body?: PhotoObject) => sendSigned(connection, method, key, body);
  return {
    async put(key, bytes, mimeType) {
      await expectOk(await request('PUT', key, { bytes, mimeType }), 'PUT', key);
    },
    async get(key) {
      const response = await request('GET', key);
      if (response.status === 404) return discard(response, null);
      await expectOk(response, 'GET', key, false);
      const mimeType = response.headers.get('content-type') ?? 'application/octet-stream';
      return { bytes: new Uint8Array(await response.arrayBuffer()), mimeType };
    },
    async has(key) {
      const response = await request('HEAD', key);
      if (response.status === 404) return discard(response, false);
      await expectOk(response, 'HEAD', key);
      return true;
    },
  };
}

interface Connection {
  settings: S3PhotoStoreSettings;
  fetch: typeof fetch;
  clock: Clock;
  timeoutMs: number;
}

/** One signed request for one object; the body's hash goes into the signature. */
async function sendSigned(connection: Connection, method: string, key: string, body?: PhotoObject): Promise<Response> {
  const { settings } = connection;
  const url = objectUrl(settings, key);
  const payloadHash = sha256Hex(body?.bytes ?? new Uint8Array());
  const { headers } = signAwsV4({
    method,
    url,
    headers: { 'x-amz-content-sha256': payloadHash, ...(body ? { 'content-type': body.mimeType } : {}) },
    payloadHash,
    region: settings.region,
    service: 's3',
    credentials: settings,
    date: connection.clock.now(),
  });
  // fetch's types refuse views that might sit on a SharedArrayBuffer; photo bytes never do.
  const payload = body?.bytes as Uint8Array<ArrayBuffer> | undefined;
  try {
    return await connection.fetch(url, {
      method,
      headers,
      body: payload,
      signal: AbortSignal.timeout(connection.timeoutMs),
    });
  } catch {
    throw storageUnavailableError();
  }
}

/** `<endpoint>/<bucket>/<key>`, each segment strictly encoded, as SigV4 signs it. */
export function objectUrl(settings: Pick<S3PhotoStoreSettings, 'endpoint' | 'bucket'>, key: string): URL {
  assertPhotoKey(key);
  const endpoint = new URL(settings.endpoint);
  const path = [settings.bucket, ...key.split('/')].map(encodeUriComponentStrictly).join('/');
  return new URL(`${endpoint.pathname.replace(/\/+$/, '')}/${path}`, endpoint);
}

/** Throws unless 2xx; a success body is drained (so the connection is reused) unless the caller reads it. */
async function expectOk(response: Response, method: string, key: string, drain = true): Promise<void> {
  if (response.ok) {
    if (drain) await response.arrayBuffer();
    return;
  }
  const detail = (await response.text().catch(() => '')).slice(0, 300);
  if (response.status >= 500) throw storageUnavailableError();
  throw new Error(`photo storage refused ${method} ${key}: HTTP ${response.status} ${detail}`);
}

async function discard<T>(response: Response, value: T): Promise<T> {
  await response.body?.cancel();
  return value;
}

function storageUnavailableError(): DomainError {
  return new DomainError('SERVICE_UNAVAILABLE', 'Photo storage is unavailable right now. Try again in a minute.');
}
