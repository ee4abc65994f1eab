import { en } from './en';
import { zhCN } from './zh-CN';

/** Every UI string key; zh-CN, the default language, defines them. */
export type MessageKey = keyof typeof zhCN;
/** A complete dictionary: one string for every key, no more, no less. */
export type Messages = Record<MessageKey, string>;

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const DICTIONARIES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/**
 * Each language is offered under its own name (an endonym), whatever the current UI language,
 * so a user who cannot read the current one still finds theirs. That is why these are not in
 * the dictionaries.
 */
export const LOCALE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}
