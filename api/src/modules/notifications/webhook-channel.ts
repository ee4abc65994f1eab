import { createHmac } from 'node:crypto';
import type { Clock } from '../../clock.js';
import type { OutboundChannel } from './outbound-channel.js';

export interface WebhookChannelSettings {
  url: string;
  /** Shared with the receiver, which recomputes the signature. */
  secret: string;
  clock: Clock;
  /** Abort a delivery that takes longer (the job is retried). */
  timeoutMs?: number;
}

/**
 * The signature a receiver checks: hex HMAC-SHA256 with the shared secret over
 * `${timestamp}.${body}`, sent as `X-Gridloop-Signature: sha256=<hex>` beside
 * `X-Gridloop-Timestamp` (Unix seconds), so a captured request cannot be replayed later.
 */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** POSTs each batch as JSON `{ notifications: [...] }`; anything but a 2xx answer is a failure. */
export function createWebhookChannel(settings: WebhookChannelSettings): OutboundChannel {
  return {
    name: 'webhook',
    deliver: async (notifications) => {
      const body = JSON.stringify({ notifications });
      const timestamp = String(Math.floor(settings.clock.now().getTime() / 1000));
      const response = await fetch(settings.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-gridloop-timestamp': timestamp,
          'x-gridloop-signature': webhookSignature(settings.secret, timestamp, body),
        },
        body,
        signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`webhook ${settings.url} answered HTTP ${response.status}`);
    },
  };
}
