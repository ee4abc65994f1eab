import { createHash, randomBytes } from 'node:crypto';

/** Issued keys: a recognisable prefix and 32 random bytes in base64url. */
const keyPrefix = 'o311_';

/**
 * A fresh API key for a client system. The key is shown once; the database keeps its SHA-256 only,
 * so a leaked client table cannot be replayed as keys.
 */
export function createOpen311ApiKey(): { apiKey: string; keyHash: string } {
  const apiKey = `${keyPrefix}${randomBytes(32).toString('base64url')}`;
  return { apiKey, keyHash: hashOpen311ApiKey(apiKey) };
}

/**
 * SHA-256 (hex) of a key: a plain hash is enough because issued keys carry 256 bits of entropy (the
 * demo key is public by design), and the lookup stays one indexed equality.
 *
 * @example hashOpen311ApiKey('gridloop-demo-open311-key').length // 64
 */
export function hashOpen311ApiKey(apiKey: string): string {
  return createHash('sha256').update(apiKey, 'utf8').digest('hex');
}
