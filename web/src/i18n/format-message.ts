/** Values that may fill a `{name}` placeholder in a message. */
export type MessageParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills `{name}` placeholders. An unknown placeholder is left as written, so a missing
 * value shows up on screen instead of silently disappearing.
 *
 * @example formatMessage('{city} · {count} 个区', { city: '上海市', count: 16 }) // '上海市 · 16 个区'
 */
export function formatMessage(template: string, params: MessageParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Splits a message around its placeholders: even indices are literal text, odd indices are
 * placeholder names. Used to put React elements (links) into a translated sentence.
 *
 * @example splitMessage('{city} · {count} districts') // ['', 'city', ' · ', 'count', ' districts']
 */
export function splitMessage(template: string): string[] {
  return template.split(/\{(\w+)\}/);
}

/**
 * Lists the placeholder names of a message, in order.
 *
 * @example listPlaceholders('{city} · {count} districts') // ['city', 'count']
 */
export function listPlaceholders(template: string): string[] {
  return splitMessage(template).filter((_, index) => index % 2 === 1);
}
