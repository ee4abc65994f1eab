import { createHash, createHmac } from 'node:crypto';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Present for temporary credentials (STS); sent and signed as x-amz-security-token. */
  sessionToken?: string | undefined;
}

export interface AwsV4Request {
  method: string;
  /** Its path must already be URI-encoded (encodeUriComponentStrictly per segment): S3 signs it as given. */
  url: URL;
  /** Headers to sign besides host and x-amz-date, which the signer adds. Names in any case. */
  headers: Record<string, string>;
  /** Lowercase hex SHA-256 of the body, or 'UNSIGNED-PAYLOAD'. */
  payloadHash: string;
  region: string;
  service: string;
  credentials: AwsCredentials;
  date: Date;
}

export interface AwsV4Signature {
  /** The headers to send: the given ones, x-amz-date and authorization (host is the URL's). */
  headers: Record<string, string>;
  canonicalRequest: string;
  stringToSign: string;
  signature: string;
}

const algorithm = 'AWS4-HMAC-SHA256';

/**
 * Signs a request with AWS Signature Version 4 in the Authorization header, the scheme S3 and its
 * compatibles (MinIO, Ceph, OSS/COS S3 endpoints) accept: a canonical request, its hash in a
 * string to sign scoped to day/region/service, and an HMAC chain from the secret to that scope.
 * Written against node:crypto to keep an SDK out of the API's dependencies. S3-flavoured: the path
 * is neither normalised nor encoded a second time.
 *
 * @example signAwsV4({ method: 'GET', url: new URL('https://examplebucket.s3.amazonaws.com/test.txt'), ... }).headers.authorization
 */
export function signAwsV4(request: AwsV4Request): AwsV4Signature {
  const amzDate = request.date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const token = request.credentials.sessionToken;
  const signed: Record<string, string> = {
    ...lowercaseNames(request.headers),
    host: request.url.host,
    'x-amz-date': amzDate,
    ...(token ? { 'x-amz-security-token': token } : {}),
  };
  const names = Object.keys(signed).sort();
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    request.method.toUpperCase(),
    request.url.pathname || '/',
    canonicalQuery(request.url.searchParams),
    names.map((name) => `${name}:${(signed[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join(''),
    signedHeaders,
    request.payloadHash,
  ].join('\n');
  const scope = `${day}/${request.region}/${request.service}/aws4_request`;
  const stringToSign = [algorithm, amzDate, scope, sha256Hex(canonicalRequest)].join('\n');
  const signingKey = [day, request.region, request.service, 'aws4_request'].reduce<Buffer>(
    (key, part) => hmac(key, part),
    Buffer.from(`AWS4${request.credentials.secretAccessKey}`),
  );
  const signature = hmac(signingKey, stringToSign).toString('hex');
  const { host: _host, ...headers } = signed;
  headers.authorization = `${algorithm} Credential=${request.credentials.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`;
  return { headers, canonicalRequest, stringToSign, signature };
}

/**
 * encodeURIComponent plus the five characters it leaves alone (!'()*): SigV4 wants every byte
 * outside A-Z a-z 0-9 - _ . ~ percent-encoded.
 *
 * @example encodeUriComponentStrictly("a b(1)") // 'a%20b%281%29'
 */
export function encodeUriComponentStrictly(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Hex SHA-256, the form SigV4 uses for payload and canonical-request hashes. */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function canonicalQuery(params: URLSearchParams): string {
  return [...params]
    .map(([name, value]) => [encodeUriComponentStrictly(name), encodeUriComponentStrictly(value)] as const)
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
}

function lowercaseNames(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function hmac(key: Uint8Array, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}
