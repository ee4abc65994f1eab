import { createHmac, randomBytes } from 'node:crypto';

/** Webhook secrets: a recognisable prefix and 32 random bytes in base64url. */
const secretPrefix = 'whsec_';

/** A fresh signing secret for a client's webhook, shown to the admin once. */
export function createOpen311WebhookSecret(): string {
  return `${secretPrefix}${randomBytes(32).toString('base64url')}`;
}

/**
 * The signature header's value: hex HMAC-SHA256 with the client's secret over
 * `${timestamp}.${body}` (timestamp = the X-Gridloop-Timestamp header, Unix seconds), the scheme the
 * notification webhooks use too. Signing the timestamp lets a receiver refuse replays of an old call.
 *
 * @example signOpen311Webhook('whsec_x', '1900000000', '{}') // 'sha256=' + 64 hex digits
 */
export function signOpen311Webhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}
