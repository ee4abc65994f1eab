import type { MessageParams } from './format-message';
import type { MessageKey } from './messages';

/**
 * A translated message chosen without a `t` at hand (an error mapped to what to say), so the choice
 * can be tested as data and rendered later with `t(ref.key, ref.params)`.
 */
export interface MessageRef {
  key: MessageKey;
  params?: MessageParams;
}
