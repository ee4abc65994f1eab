import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { webhookSignature } from '../../src/modules/notifications/webhook-channel.js';

describe('webhookSignature', () => {
  it('is the hex HMAC-SHA256 of "timestamp.body" with the shared secret', () => {
    const body = '{"notifications":[]}';
    const expected = createHmac('sha256', 'shared-secret-123').update(`1900000000.${body}`).digest('hex');
    expect(webhookSignature('shared-secret-123', '1900000000', body)).toBe(`sha256=${expected}`);
  });

  it('changes with the timestamp, so a captured request cannot be replayed with a new one', () => {
    expect(webhookSignature('s', '1', 'b')).not.toBe(webhookSignature('s', '2', 'b'));
  });
});
