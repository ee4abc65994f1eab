import type { Open311WebhookPayload } from './open311-webhook-payload.js';
import { signOpen311Webhook } from './sign-open311-webhook.js';

export interface WebhookCall {
  url: string;
  secret: string;
  deliveryId: string;
  payload: Open311WebhookPayload;
  /** Signing time (wall clock: the receiver compares it with its own). */
  now: Date;
  timeoutMs: number;
}

/** Null when the receiver took it (2xx), else why not, short enough for webhook_delivery.last_error. */
export type WebhookOutcome = { error: null } | { error: string };

const maxErrorLength = 300;

/**
 * POSTs one signed payload. Redirects are not followed (a receiver that moved must be updated by an
 * admin, and the signature is not re-sent to a URL nobody configured); anything but 2xx, a network
 * error or no answer within the timeout is a failure to retry.
 */
export async function postOpen311Webhook(call: WebhookCall): Promise<WebhookOutcome> {
  const body = JSON.stringify(call.payload);
  const timestamp = String(Math.floor(call.now.getTime() / 1000));
  try {
    const response = await fetch(call.url, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'gridloop-open311-webhooks',
        'x-gridloop-delivery': call.deliveryId,
        'x-gridloop-event': call.payload.event_id,
        'x-gridloop-timestamp': timestamp,
        'x-gridloop-signature': signOpen311Webhook(call.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(call.timeoutMs),
    });
    if (response.status >= 200 && response.status < 300) {
      await response.body?.cancel();
      return { error: null };
    }
    const answer = (await response.text().catch(() => '')).trim();
    return { error: `HTTP ${response.status}${answer ? `: ${answer}` : ''}`.slice(0, maxErrorLength) };
  } catch (error) {
    return { error: networkErrorOf(error, call.timeoutMs).slice(0, maxErrorLength) };
  }
}

function networkErrorOf(error: unknown, timeoutMs: number): string {
  const { name, message, cause } = error as { name?: string; message?: string; cause?: { code?: string } };
  if (name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  return cause?.code ? `${message ?? 'request failed'} (${cause.code})` : (message ?? String(error));
}
