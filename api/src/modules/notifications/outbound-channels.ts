import type { Clock } from '../../clock.js';
import type { JobSettings } from '../../config.js';
import type { OutboundChannel } from './outbound-channel.js';
import { createWebhookChannel } from './webhook-channel.js';

/** The outbound channels the configuration enables (none by default: in-app notifications only). */
export function outboundChannelsOf(settings: JobSettings, clock: Clock): OutboundChannel[] {
  return settings.webhook ? [createWebhookChannel({ ...settings.webhook, clock })] : [];
}
